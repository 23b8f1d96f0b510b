import Foundation
import SQLite3

/// Looks up a customer by email address and returns the row as a dictionary.
func findCustomer(db: OpaquePointer?, email: String) -> [String: Any]? {
    var stmt: OpaquePointer?
    let sql = "SELECT id, name, email FROM customers WHERE email = '\(email)'" // expect: CWE-89
    guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else {
        return nil
    }
    defer { sqlite3_finalize(stmt) }
    guard sqlite3_step(stmt) == SQLITE_ROW else { return nil }
    var row: [String: Any] = [:]
    for i in 0..<sqlite3_column_count(stmt) {
        let name = String(cString: sqlite3_column_name(stmt, i))
        if let text = sqlite3_column_text(stmt, i) {
            row[name] = String(cString: text)
        }
    }
    return row
}
