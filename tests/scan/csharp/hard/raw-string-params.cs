        const string sql = """
            SELECT Id, Name
            FROM Customers
            WHERE Country = @country
            """;
        var rows = await connection.QueryAsync<Customer>(sql, new { country });   // ok: CWE-89
