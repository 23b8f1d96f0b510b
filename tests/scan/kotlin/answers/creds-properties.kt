fun openCustomerDb(): Connection {
    val props = Properties().apply {
        setProperty("user", "app")
        setProperty("password", "Xy7-pQ2-zR9") // expect: CWE-798
        setProperty("ssl", "true")
    }
    return DriverManager.getConnection("jdbc:postgresql://db.prod.internal:5432/customers", props)
}
