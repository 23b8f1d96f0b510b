    let url = Bundle.main.url(forResource: "terms", withExtension: "html")! // ok: CWE-22
