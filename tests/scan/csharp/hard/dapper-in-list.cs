        var orders = await conn.QueryAsync<Order>("SELECT * FROM Orders WHERE Id IN @ids", new { ids });   // ok: CWE-89
