func runReport(_ db: OpaquePointer?, filter: String) {
    var sql = "SELECT id, total FROM orders"
    if !filter.isEmpty {
        sql += " WHERE " + filter
    }
    sqlite3_exec(db, sql, reportRow, nil, nil) // expect: CWE-89
}
