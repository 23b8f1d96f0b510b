    public void deactivate(Connection c, String userId) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update users set active = false where id = " + userId);   // expect: CWE-89
        }
    }
