    var query = $"SELECT * FROM Products WHERE Category = '{category}' ORDER BY {sortBy}";
    var products = connection.Query<Product>(query);   // expect: CWE-89
