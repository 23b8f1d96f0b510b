stdout, status = Open3.capture2("pdftotext", path, "-") # ok: CWE-78
