    public List<Ticket> find(String status, String assignee) throws SQLException {
        StringBuilder sb = new StringBuilder("SELECT * FROM tickets WHERE 1=1");
        if (status != null) sb.append(" AND status = '").append(status).append("'");
        if (assignee != null) sb.append(" AND assignee = '").append(assignee).append("'");
        try (Statement st = conn.createStatement()) {
            ResultSet rs = st.executeQuery(sb.toString());   // expect: CWE-89
            return mapAll(rs);
        }
    }
