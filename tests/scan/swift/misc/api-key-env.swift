    let apiKey = ProcessInfo.processInfo.environment["MAPS_API_KEY"] ?? "" // ok: CWE-798
