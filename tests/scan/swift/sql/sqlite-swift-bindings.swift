    for row in try db.prepare("SELECT id, email FROM users WHERE email = ?", emailInput) { // ok: CWE-89
        print(row[0] ?? "")
    }
