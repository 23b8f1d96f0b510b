        xmlParser.shouldResolveExternalEntities = true // expect: CWE-611
