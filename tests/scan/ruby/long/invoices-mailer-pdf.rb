class InvoicePdf
  TEMPLATE = Rails.root.join("app/views/invoices/pdf.html.erb").read.freeze

  def initialize(invoice)
    @invoice = invoice
  end

  def render
    html = ERB.new(TEMPLATE).result_with_hash(invoice: @invoice) # ok: CWE-94
    path = "/tmp/invoice-#{@invoice.number}.pdf"
    File.open(path, "wb") do |f| # expect: CWE-377
      f.write(WickedPdf.new.pdf_from_string(html))
    end
    path
  end

  def checksum
    Digest::SHA256.file(render).hexdigest # ok: CWE-328
  end

  def self.cleanup!
    Dir.glob("/tmp/invoice-*.pdf").each { |f| File.delete(f) if File.mtime(f) < 1.day.ago }
  end

  def filename
    "invoice-#{@invoice.number}.pdf"
  end
end
