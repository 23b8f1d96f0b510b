import Vapor
import Fluent
import FluentPostgresDriver

public func configure(_ app: Application) throws {
    app.databases.use(.postgres(configuration: .init(
        hostname: Environment.get("DB_HOST") ?? "db.prod.internal",
        username: Environment.get("DB_USER") ?? "app",
        password: Environment.get("DB_PASSWORD") ?? "", // ok: CWE-798
        database: "customers",
        tls: .prefer(try .init(configuration: .clientDefault))
    )), as: .psql)
    try routes(app)
}
