fun lookupBook(conn: java.sql.Connection, isbn: String): Book? {
    val sql = "SELECT title, author FROM books WHERE isbn = '$isbn'"
    conn.createStatement().use { st ->
        val rs = st.executeQuery(sql) // expect: CWE-89
        return if (rs.next()) Book(rs.getString(1), rs.getString(2)) else null
    }
}
