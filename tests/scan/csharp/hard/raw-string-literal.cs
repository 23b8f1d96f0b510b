        var sql = $"""
            SELECT Id, Name
            FROM Customers
            WHERE Country = '{country}'
            """;
        var rows = await connection.QueryAsync<Customer>(sql);   // expect: CWE-89
