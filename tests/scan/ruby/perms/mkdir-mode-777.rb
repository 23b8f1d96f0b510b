FileUtils.mkdir_p("/srv/shared/reports", mode: 0777) # expect: CWE-732
