    public long count(String table) throws SQLException {
        if (!ALLOWED_TABLES.contains(table)) {
            throw new IllegalArgumentException("unknown table");
        }
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {   // ok: CWE-89
            rs.next();
            return rs.getLong(1);
        }
    }
