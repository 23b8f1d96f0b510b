    app.get("fetch") { req async throws -> String in
        let link = try req.query.get(String.self, at: "url")
        let (data, _) = try await URLSession.shared.data(from: URL(string: link)!) // expect: CWE-918
        return String(decoding: data.prefix(200), as: UTF8.self)
    }
