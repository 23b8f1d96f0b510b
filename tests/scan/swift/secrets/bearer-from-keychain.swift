    request.setValue("Bearer \(try keychain.token())", forHTTPHeaderField: "Authorization") // ok: CWE-798
