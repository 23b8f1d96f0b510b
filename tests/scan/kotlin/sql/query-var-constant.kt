fun countBooks(conn: java.sql.Connection): Int {
    val sql = "SELECT COUNT(*) FROM books"
    conn.createStatement().use { st ->
        val rs = st.executeQuery(sql) // ok: CWE-89
        rs.next()
        return rs.getInt(1)
    }
}
