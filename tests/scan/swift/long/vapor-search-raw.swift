import Vapor
import Fluent
import SQLKit

struct StaffRow: Content {
    let id: Int
    let name: String
    let badge: String
}

struct StaffController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("staff", "search", use: search)
    }

    func search(req: Request) async throws -> [StaffRow] {
        guard let sql = req.db as? SQLDatabase else {
            throw Abort(.internalServerError)
        }
        let badge = try req.query.get(String.self, at: "badge")
        let dept = req.query[String.self, at: "dept"]
        var query = "SELECT id, name, badge FROM staff WHERE badge = '\(badge)'" // expect: CWE-89
        if let dept = dept {
            query += " AND dept = '\(dept)'" // expect: CWE-89
        }
        return try await sql.raw(SQLQueryString(query)).all(decoding: StaffRow.self)
    }
}
