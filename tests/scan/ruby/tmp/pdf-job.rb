class PdfTextJob < ApplicationJob
  queue_as :default

  def perform(document_id)
    document = Document.find(document_id)
    path = File.join(Dir.tmpdir, "doc-#{document_id}.pdf")
    File.binwrite(path, document.file.download) # expect: CWE-377
    text, status = Open3.capture2("pdftotext", path, "-")
    raise "pdftotext failed" unless status.success?
    document.update!(body_text: text)
  ensure
    File.delete(path) if path && File.exist?(path)
  end
end
