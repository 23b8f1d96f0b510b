var stmt: OpaquePointer?
sqlite3_prepare_v2(db, "SELECT * FROM books WHERE isbn = '\(isbn)'", -1, &stmt, nil) // expect: CWE-89
