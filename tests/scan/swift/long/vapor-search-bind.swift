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
        return try await sql.select()
            .columns("id", "name", "badge")
            .from("staff")
            .where("badge", .equal, badge) // ok: CWE-89
            .all(decoding: StaffRow.self)
    }
}
