REXML::Security.entity_expansion_limit = 100_000_000 # expect: CWE-776
doc = REXML::Document.new(xml)
