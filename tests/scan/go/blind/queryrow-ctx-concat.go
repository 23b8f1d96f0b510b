	row := db.QueryRowContext(ctx, "SELECT id, name FROM users WHERE email = '"+email+"'") // expect: CWE-89
