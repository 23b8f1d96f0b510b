        var sql = """
            SELECT * FROM invoices
            WHERE customer = '%s'
            """.formatted(customer);
        return jdbc.queryForList(sql);   // expect: CWE-89
