    public List<Order> ordersFor(String customerId) throws SQLException {
        String sql = "SELECT * FROM orders WHERE customer_id = " + customerId + " ORDER BY created DESC";
        List<Order> out = new ArrayList<>();
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery(sql)) {   // expect: CWE-89
            while (rs.next()) out.add(map(rs));
        }
        return out;
    }
