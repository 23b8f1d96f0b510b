import Vapor

let allowedHosts: Set<String> = ["docs.example.com", "wiki.example.com"]

func routes(_ app: Application) throws {
    app.get("notes", "preview") { req async throws -> String in
        guard let target = req.query[String.self, at: "url"],
              let comps = URLComponents(string: target),
              comps.scheme == "https", let host = comps.host, allowedHosts.contains(host) else {
            throw Abort(.badRequest)
        }
        let res = try await req.client.get(URI(string: target)) // ok: CWE-918
        guard var body = res.body, let text = body.readString(length: body.readableBytes) else {
            return ""
        }
        return String(text.prefix(200))
    }
}
