import Vapor

func routes(_ app: Application) throws {
    app.get("books", "comment") { req -> Response in
        let text = (try? req.query.get(String.self, at: "comment")) ?? ""
        let body = "<!doctype html><html><body><p>\(text.htmlEscaped())</p></body></html>" // ok: CWE-79
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
