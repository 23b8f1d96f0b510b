fun openDb(): Connection {
    val url = "jdbc:postgresql://db.prod.internal:5432/customers"
    return DriverManager.getConnection(url, "app", "Xy7-pQ2-zR9") // expect: CWE-798
}
