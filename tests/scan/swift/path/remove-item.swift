    app.delete("uploads") { req -> HTTPStatus in
        let name = try req.query.get(String.self, at: "file")
        try FileManager.default.removeItem(atPath: uploadDir + "/" + name) // expect: CWE-22
        return .noContent
    }
