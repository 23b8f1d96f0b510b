doc = Nokogiri::XML(upload.read, nil, "UTF-8", Nokogiri::XML::ParseOptions::STRICT | Nokogiri::XML::ParseOptions::NONET) # ok: CWE-611
