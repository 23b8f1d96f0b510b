FileUtils.chmod("a+rw", report_path) # expect: CWE-732
