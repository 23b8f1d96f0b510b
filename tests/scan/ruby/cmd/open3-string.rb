stdout, status = Open3.capture2("pdftotext #{path} -") # expect: CWE-78
