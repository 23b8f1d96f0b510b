    app.get("invoices", ":file") { req async throws -> Response in
        let file = req.parameters.get("file")!
        let url = URL(fileURLWithPath: "/srv/attachments").appendingPathComponent(file) // expect: CWE-22
        let data = try Data(contentsOf: url)
        return Response(body: .init(data: data))
    }
