get "/files/:name" do
  name = File.basename(params[:name])
  send_file File.join(settings.files_dir, name) # ok: CWE-22
end
