import Vapor

func routes(_ app: Application) throws {
    app.get("notes", "preview") { req async throws -> String in
        guard let target = req.query[String.self, at: "url"] else {
            throw Abort(.badRequest)
        }
        let res = try await req.client.get(URI(string: target)) // expect: CWE-918
        guard var body = res.body, let text = body.readString(length: body.readableBytes) else {
            return ""
        }
        return String(text.prefix(200))
    }
}
