import Vapor
import Foundation

struct ExportRequest: Content {
    var table: String
    var format: String
}

func exportRoutes(_ app: Application) {
    app.post("admin", "export") { req async throws -> Response in
        let input = try req.content.decode(ExportRequest.self)
        let outFile = "/srv/exports/\(UUID().uuidString).\(input.format)"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", "pg_dump -t \(input.table) staffdb > \(outFile)"] // expect: CWE-78
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw Abort(.internalServerError, reason: "export failed")
        }
        return req.fileio.streamFile(at: outFile)
    }
}
