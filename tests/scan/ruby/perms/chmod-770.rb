dir = "/srv/shared/#{table}-reports"
FileUtils.mkdir_p(dir)
File.chmod(0o770, dir) # ok: CWE-732
