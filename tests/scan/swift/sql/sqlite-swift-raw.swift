    for row in try db.prepare("SELECT id, email FROM users WHERE email = '\(emailInput)'") { // expect: CWE-89
        print(row[0] ?? "")
    }
