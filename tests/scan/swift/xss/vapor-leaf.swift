import Vapor
import Leaf

func routes(_ app: Application) throws {
    app.get("books", "comment") { req async throws -> View in
        let text = (try? req.query.get(String.self, at: "comment")) ?? ""
        return try await req.view.render("comment", ["comment": text]) // ok: CWE-79
    }
}
