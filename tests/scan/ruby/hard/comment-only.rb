# Never do this: User.where("name = '#{params[:name]}'")
# system("rm -rf #{dir}") is dangerous, use FileUtils.rm_rf(dir)
def safe_delete(dir)
  FileUtils.rm_rf(File.join(BASE, File.basename(dir))) # ok: CWE-78
end
