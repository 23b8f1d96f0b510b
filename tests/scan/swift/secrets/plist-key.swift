    let apiKey = Bundle.main.object(forInfoDictionaryKey: "API_KEY") as? String ?? "" // ok: CWE-798
