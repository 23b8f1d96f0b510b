import Vapor

func routes(_ app: Application) throws {
    app.get("orders", "invoice") { req async throws -> Response in
        let ref = try req.query.get(String.self, at: "ref")
        guard ref.range(of: "^[A-Z0-9-]{6,20}$", options: .regularExpression) != nil else {
            throw Abort(.badRequest)
        }
        let path = "/srv/invoices/\(ref).pdf" // ok: CWE-22
        guard FileManager.default.fileExists(atPath: path) else {
            throw Abort(.notFound)
        }
        let res = req.fileio.streamFile(at: path)
        res.headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        res.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ref).pdf\"")
        return res
    }

    app.get("health") { _ in
        "ok"
    }
}
