    reportFile.setWritable(true, false) // expect: CWE-732
