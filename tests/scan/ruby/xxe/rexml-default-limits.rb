require "rexml/document"

def parse_feed(xml)
  REXML::Security.entity_expansion_limit = 1_000 # ok: CWE-776
  doc = REXML::Document.new(xml)
  doc.elements.to_a("//item/title").map(&:text)
end
