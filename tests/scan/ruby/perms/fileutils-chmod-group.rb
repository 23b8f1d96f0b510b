FileUtils.chmod("g+rw", report_path) # ok: CWE-732
