func runReport(_ db: OpaquePointer?, openOnly: Bool) {
    var sql = "SELECT id, total FROM orders"
    if openOnly {
        sql += " WHERE status = 'open'"
    }
    sqlite3_exec(db, sql, reportRow, nil, nil) // ok: CWE-89
}
