    func save(note: String, for customerId: Int) {
        var stmt: OpaquePointer?
        let insert = "INSERT INTO notes (customer_id, body) VALUES (?, ?)" // ok: CWE-89
        guard sqlite3_prepare_v2(db, insert, -1, &stmt, nil) == SQLITE_OK else { return }
        sqlite3_bind_int64(stmt, 1, Int64(customerId))
        sqlite3_bind_text(stmt, 2, note, -1, SQLITE_TRANSIENT)
        sqlite3_step(stmt)
        sqlite3_finalize(stmt)
    }
