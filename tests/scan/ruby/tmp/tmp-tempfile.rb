require "tempfile"
require "open3"

def pdf_text(upload)
  Tempfile.create(["upload", ".pdf"]) do |f| # ok: CWE-377
    f.binmode
    f.write(upload.read)
    f.flush
    out, _status = Open3.capture2("pdftotext", f.path, "-")
    out
  end
end
