Dir.mkdir("/srv/shared/uploads", 0o777) unless Dir.exist?("/srv/shared/uploads") # expect: CWE-732
