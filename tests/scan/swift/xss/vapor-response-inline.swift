    app.get("comment") { req -> Response in
        let comment = (try? req.query.get(String.self, at: "text")) ?? ""
        return Response(status: .ok, headers: ["Content-Type": "text/html"], body: .init(string: "<p>\(comment)</p>")) // expect: CWE-79
    }
