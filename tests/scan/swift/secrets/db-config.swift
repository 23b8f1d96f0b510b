import Vapor
import Fluent
import FluentPostgresDriver

public func configure(_ app: Application) throws {
    app.databases.use(.postgres(configuration: .init(
        hostname: "db.prod.internal",
        username: "app",
        password: "Xy7-pQ2-zR9", // expect: CWE-798
        database: "customers",
        tls: .prefer(try .init(configuration: .clientDefault))
    )), as: .psql)
    try routes(app)
}
