    let sql = "SELECT * FROM books ORDER BY \(sortField) \(ascending ? "ASC" : "DESC")" // expect: CWE-89
