func searchOrders(db: OpaquePointer?, customer: String?, minTotal: Double?) -> [Order] {
    var sql = "SELECT id, ref, total FROM orders WHERE 1 = 1"
    if let c = customer {
        sql += " AND customer = '\(c)'" // expect: CWE-89
    }
    if let m = minTotal {
        sql += " AND total >= \(m)" // expect: CWE-89
    }
    var stmt: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else { return [] }
    defer { sqlite3_finalize(stmt) }
    var out: [Order] = []
    while sqlite3_step(stmt) == SQLITE_ROW {
        out.append(Order(id: Int(sqlite3_column_int64(stmt, 0)),
                         ref: String(cString: sqlite3_column_text(stmt, 1)),
                         total: sqlite3_column_double(stmt, 2)))
    }
    return out
}
