fun topCustomers(conn: Connection, country: String): ResultSet {
    val sql = """
        SELECT name, SUM(total) AS spent
        FROM customers JOIN orders USING (customer_id)
        WHERE country = '$country'
        GROUP BY name ORDER BY spent DESC LIMIT 10
    """.trimIndent()
    return conn.createStatement().executeQuery(sql) // expect: CWE-89
}
