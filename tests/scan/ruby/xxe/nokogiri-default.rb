def import_catalogue(xml_bytes)
  doc = Nokogiri::XML(xml_bytes) { |config| config.strict.nonet } # ok: CWE-611
  doc.xpath("//entry").map { |e| { isbn: e["isbn"], title: e.text.strip } }
end
