fun findByEmail(conn: Connection, email: String): ResultSet =
    conn.createStatement().executeQuery(String.format("SELECT * FROM customers WHERE email = '%s'", email)) // expect: CWE-89
