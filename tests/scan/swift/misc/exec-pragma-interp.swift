    sqlite3_exec(db, "PRAGMA user_version = \(Self.schemaVersion)", nil, nil, nil) // ok: CWE-89
