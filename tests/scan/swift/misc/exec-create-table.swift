    sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS customers (id INTEGER PRIMARY KEY, email TEXT UNIQUE)", nil, nil, nil) // ok: CWE-89
