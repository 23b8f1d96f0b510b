import Vapor
import SQLKit

func routes(_ app: Application) throws {
    app.get("orders", "search") { req async throws -> [Order] in
        let ref = try req.query.get(String.self, at: "ref")
        let sql = req.db as! SQLDatabase
        return try await sql.raw("SELECT * FROM orders WHERE ref = \(bind: ref)") // ok: CWE-89
            .all(decoding: Order.self)
    }
}
