var stmt: OpaquePointer?
sqlite3_prepare_v2(db, "SELECT * FROM books WHERE isbn = ?", -1, &stmt, nil) // ok: CWE-89
sqlite3_bind_text(stmt, 1, isbn, -1, SQLITE_TRANSIENT)
