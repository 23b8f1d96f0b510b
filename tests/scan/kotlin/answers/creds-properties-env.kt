fun openCustomerDb(): Connection {
    val props = Properties().apply {
        setProperty("user", "app")
        setProperty("password", System.getenv("CUSTOMERS_DB_PASSWORD")) // ok: CWE-798
        setProperty("ssl", "true")
    }
    return DriverManager.getConnection("jdbc:postgresql://db.prod.internal:5432/customers", props)
}
