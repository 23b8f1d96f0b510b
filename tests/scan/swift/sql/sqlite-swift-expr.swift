    let query = users.filter(email == emailInput) // ok: CWE-89
    for user in try db.prepare(query) { print(user[id]) }
