LibXML::XML.default_substitute_entities = true # expect: CWE-611
