    public void importRows(Connection conn, List<String[]> rows) throws SQLException {
        String sql = "INSERT INTO staging(code, label) VALUES (?, ?)";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {   // ok: CWE-89
            for (String[] r : rows) {
                ps.setString(1, r[0]);
                ps.setString(2, r[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
