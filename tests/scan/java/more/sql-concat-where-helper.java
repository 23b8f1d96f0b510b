        String where = " WHERE customer_id = " + customerId;
        String sql = "SELECT * FROM invoices" + where;
        return jdbcTemplate.queryForList(sql);   // expect: CWE-89
