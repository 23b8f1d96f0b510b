File.umask(0) # expect: CWE-732
