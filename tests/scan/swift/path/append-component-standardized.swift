    app.get("invoices", ":file") { req async throws -> Response in
        let file = req.parameters.get("file")!
        let base = URL(fileURLWithPath: "/srv/attachments").standardizedFileURL
        let url = base.appendingPathComponent(file).standardizedFileURL // ok: CWE-22
        guard url.path.hasPrefix(base.path + "/") else { throw Abort(.forbidden) }
        let data = try Data(contentsOf: url)
        return Response(body: .init(data: data))
    }
