import Foundation
import SQLite3

final class TicketDatabase {
    private var db: OpaquePointer?

    init(path: String) throws {
        guard sqlite3_open(path, &db) == SQLITE_OK else {
            throw NSError(domain: "sqlite", code: 1)
        }
    }

    deinit { sqlite3_close(db) }

    func tickets(status: String, assignee: String) -> [Ticket] {
        let sql = "SELECT id, ticket_no, subject FROM tickets " +
                  "WHERE status = '\(status)' AND assignee = '\(assignee)' ORDER BY id DESC" // expect: CWE-89
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else { return [] }
        defer { sqlite3_finalize(stmt) }
        var result: [Ticket] = []
        while sqlite3_step(stmt) == SQLITE_ROW {
            result.append(Ticket(
                id: Int(sqlite3_column_int(stmt, 0)),
                number: String(cString: sqlite3_column_text(stmt, 1)),
                subject: String(cString: sqlite3_column_text(stmt, 2))))
        }
        return result
    }

    func count() -> Int {
        var stmt: OpaquePointer?
        sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM tickets", -1, &stmt, nil) // ok: CWE-89
        defer { sqlite3_finalize(stmt) }
        return sqlite3_step(stmt) == SQLITE_ROW ? Int(sqlite3_column_int(stmt, 0)) : 0
    }
}
