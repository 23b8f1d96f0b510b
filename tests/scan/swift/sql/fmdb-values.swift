    let rs = try database.executeQuery("SELECT * FROM customers WHERE name LIKE ?", values: ["%\(term)%"]) // ok: CWE-89
