    var products = connection.Query<Product>(
        "SELECT * FROM Products WHERE Category = @category ORDER BY Name",   // ok: CWE-89
        new { category });
