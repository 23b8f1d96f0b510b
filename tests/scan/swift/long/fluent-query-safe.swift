import Vapor
import Fluent

struct BookController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.get("books", "search", use: search)
        routes.get("books", ":id", use: show)
    }

    func search(req: Request) async throws -> [Book] {
        let isbn = try req.query.get(String.self, at: "isbn")
        return try await Book.query(on: req.db) // ok: CWE-89
            .filter(\.$isbn == isbn)
            .sort(\.$title)
            .all()
    }

    func show(req: Request) async throws -> Book {
        guard let id = req.parameters.get("id", as: UUID.self),
              let book = try await Book.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        return book
    }
}
