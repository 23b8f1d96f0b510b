    let doc = try XMLDocument(data: upload, options: [.nodeLoadExternalEntitiesNever]) // ok: CWE-611
