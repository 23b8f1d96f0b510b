    let doc = try XMLDocument(data: upload, options: [.nodeLoadExternalEntitiesAlways]) // expect: CWE-611
