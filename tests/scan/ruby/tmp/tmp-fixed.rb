def pdf_text(upload)
  path = "/tmp/upload.pdf"
  File.binwrite(path, upload.read) # expect: CWE-377
  `pdftotext #{path} -` # ok: CWE-78
end
