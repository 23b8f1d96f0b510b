path = "/tmp/invoice-#{invoice.id}.pdf"
File.write(path, invoice.render_pdf) # expect: CWE-377
