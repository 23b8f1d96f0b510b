class NotesStore {
    private var db: OpaquePointer?

    func save(note: String, for customerId: Int) {
        let insert = "INSERT INTO notes (customer_id, body) VALUES (\(customerId), '\(note)')" // expect: CWE-89
        if sqlite3_exec(db, insert, nil, nil, nil) != SQLITE_OK {
            let msg = String(cString: sqlite3_errmsg(db))
            print("insert failed: \(msg)")
        }
    }
