fun lookup(conn: Connection, id: String): ResultSet {
    // conn.createStatement().executeQuery("SELECT * FROM t WHERE id = '$id'")
    /* val r = Runtime.getRuntime().exec("rm -rf $id") */
    return conn.prepareStatement("SELECT * FROM t WHERE id = ?").apply { setString(1, id) }.executeQuery() // ok: CWE-89
}
