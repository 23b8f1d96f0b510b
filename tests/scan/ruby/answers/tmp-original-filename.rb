def pdf_text(upload)
  path = "/tmp/#{upload.original_filename}" # expect: CWE-22
  File.binwrite(path, upload.read) # expect: CWE-377
  text, _status = Open3.capture2("pdftotext", path, "-")
  text
ensure
  File.delete(path) if path && File.exist?(path)
end
