    let rs = try database.executeQuery("SELECT * FROM customers WHERE name LIKE '%\(term)%'", values: nil) // expect: CWE-89
