import Vapor
import Fluent
import Crypto

struct CreateUser: Content {
    var email: String
    var password: String
}

struct UserController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let users = routes.grouped("users")
        users.post(use: create)
        users.post("login", use: login)
    }

    func create(req: Request) async throws -> HTTPStatus {
        let input = try req.content.decode(CreateUser.self)
        let hash = SHA256.hash(data: Data(input.password.utf8)).hex // expect: CWE-916
        try await User(email: input.email, passwordHash: hash).save(on: req.db)
        return .created
    }

    func login(req: Request) async throws -> HTTPStatus {
        let input = try req.content.decode(CreateUser.self)
        guard let user = try await User.query(on: req.db).filter(\.$email == input.email).first() else {
            throw Abort(.unauthorized)
        }
        let hash = SHA256.hash(data: Data(input.password.utf8)).hex // expect: CWE-916
        guard hash == user.passwordHash else { throw Abort(.unauthorized) }
        return .ok
    }
}
