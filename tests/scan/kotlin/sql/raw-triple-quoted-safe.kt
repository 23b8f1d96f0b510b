fun topCustomers(conn: Connection, country: String): ResultSet {
    val sql = """
        SELECT name, SUM(total) AS spent
        FROM customers JOIN orders USING (customer_id)
        WHERE country = ?
        GROUP BY name ORDER BY spent DESC LIMIT 10
    """.trimIndent()
    val ps = conn.prepareStatement(sql)
    ps.setString(1, country)
    return ps.executeQuery() // ok: CWE-89
}
