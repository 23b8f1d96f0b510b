    let (data, _) = try await URLSession.shared.data(from: URL(string: "https://api.example.com/v1/rates")!) // ok: CWE-918
