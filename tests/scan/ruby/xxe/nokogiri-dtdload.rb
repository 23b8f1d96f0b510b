doc = Nokogiri::XML::Document.parse(upload.read, nil, nil, Nokogiri::XML::ParseOptions::DTDLOAD | Nokogiri::XML::ParseOptions::NOENT) # expect: CWE-611
