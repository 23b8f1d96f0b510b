def prepare_report_dir
  dir = "/srv/shared/customers-reports"
  FileUtils.mkdir_p(dir, mode: 0o2775) # ok: CWE-732
  FileUtils.chown(nil, "reports", dir)
  File.write(File.join(dir, "#{Date.today}.csv"), "", perm: 0o664) # ok: CWE-732
end
