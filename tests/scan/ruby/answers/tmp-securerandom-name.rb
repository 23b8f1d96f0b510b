def pdf_text(upload)
  path = File.join(Dir.tmpdir, "invoice-#{SecureRandom.uuid}.pdf")
  File.binwrite(path, upload.read) # ok: CWE-377
  text, _status = Open3.capture2("pdftotext", path, "-")
  text
ensure
  File.delete(path) if path && File.exist?(path)
end
