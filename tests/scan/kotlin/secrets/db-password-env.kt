fun openDb(): Connection {
    val url = "jdbc:postgresql://db.prod.internal:5432/customers"
    return DriverManager.getConnection(url, "app", System.getenv("DB_PASSWORD")) // ok: CWE-798
}
