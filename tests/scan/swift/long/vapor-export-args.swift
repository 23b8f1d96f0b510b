import Vapor
import Foundation

struct ExportRequest: Content {
    var table: String
}

let exportableTables: Set<String> = ["orders", "customers", "books"]

func exportRoutes(_ app: Application) {
    app.post("admin", "export") { req async throws -> Response in
        let input = try req.content.decode(ExportRequest.self)
        guard exportableTables.contains(input.table) else { throw Abort(.badRequest) }
        let outFile = "/srv/exports/\(UUID().uuidString).sql"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pg_dump")
        p.arguments = ["-t", input.table, "-f", outFile, "staffdb"] // ok: CWE-78
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw Abort(.internalServerError, reason: "export failed")
        }
        return req.fileio.streamFile(at: outFile)
    }
}
