    app.get("comment") { req -> Response in
        let comment = (try? req.query.get(String.self, at: "text")) ?? ""
        return Response(status: .ok, headers: ["Content-Type": "text/plain"], body: .init(string: "Comment: \(comment)")) // ok: CWE-79
    }
