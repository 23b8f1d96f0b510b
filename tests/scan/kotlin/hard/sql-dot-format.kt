fun findByIsbn(conn: Connection, isbn: String): ResultSet {
    val q = "SELECT * FROM books WHERE isbn = '%s'".format(isbn) // expect: CWE-89
    return conn.createStatement().executeQuery(q)
}
