import Vapor

func routes(_ app: Application) throws {
    app.get("files") { req -> Response in
        guard let name = req.query[String.self, at: "name"] else {
            throw Abort(.badRequest)
        }
        let path = "/srv/attachments/" + name // expect: CWE-22
        return req.fileio.streamFile(at: path)
    }
}
