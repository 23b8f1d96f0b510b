import Vapor

func routes(_ app: Application) throws {
    app.get("files") { req -> Response in
        guard let name = req.query[String.self, at: "name"],
              !name.isEmpty, !name.contains("/"), !name.contains(".."), !name.hasPrefix(".") else {
            throw Abort(.badRequest)
        }
        let path = "/srv/attachments/" + name // ok: CWE-22
        return req.fileio.streamFile(at: path)
    }
}
