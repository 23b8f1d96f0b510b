class DocumentPreviewJob < ApplicationJob
  queue_as :previews
  retry_on Net::ReadTimeout, wait: :polynomially_longer, attempts: 5

  def perform(document_id)
    document = Document.find(document_id)
    return if document.preview.attached?

    Dir.mktmpdir("preview") do |dir| # ok: CWE-377
      source = File.join(dir, "source#{File.extname(document.file.filename.to_s)}")
      File.binwrite(source, document.file.download)
      output = File.join(dir, "preview.png")
      stdout, status = Open3.capture2e("convert", "#{source}[0]", "-resize", "800x800", output) # ok: CWE-78
      unless status.success?
        Rails.logger.error("preview failed for document #{document.id}: #{stdout.truncate(500)}")
        next
      end
      document.preview.attach(io: File.open(output), filename: "preview.png", content_type: "image/png")
    end
  end
end
