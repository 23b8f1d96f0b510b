    public List<Order> recentOrders() throws SQLException {
        String sql = "SELECT * FROM orders WHERE created > now() - interval '1 day' ORDER BY created DESC";
        List<Order> out = new ArrayList<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(sql)) {   // ok: CWE-89
            while (rs.next()) out.add(map(rs));
        }
        return out;
    }
