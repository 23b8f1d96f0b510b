def prepare_report_dir
  dir = "/srv/shared/customers-reports"
  FileUtils.mkdir_p(dir)
  system("chmod", "777", dir) # expect: CWE-732
  File.write(File.join(dir, "#{Date.today}.csv"), "", perm: 0o666) # expect: CWE-732
end
