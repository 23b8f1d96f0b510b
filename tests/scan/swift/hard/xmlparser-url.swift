    let parser = XMLParser(contentsOf: feedURL)! // ok: CWE-611
