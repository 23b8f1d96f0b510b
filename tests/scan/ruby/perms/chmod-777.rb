dir = "/srv/shared/#{table}-reports"
FileUtils.mkdir_p(dir)
File.chmod(0o777, dir) # expect: CWE-732
