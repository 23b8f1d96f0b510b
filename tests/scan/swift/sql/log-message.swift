    print("SELECT returned \(rows.count) rows for \(email)") // ok: CWE-89
