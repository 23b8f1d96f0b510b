    let clauses = filters.map { "\($0.column) = '\($0.value)'" }
    let sql = "SELECT * FROM orders WHERE " + clauses.joined(separator: " AND ") // expect: CWE-89
