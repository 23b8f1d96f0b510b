    let query = "SELECT * FROM staff WHERE badge = '" + badge + "'" // expect: CWE-89
    if sqlite3_prepare_v2(db, query, -1, &statement, nil) == SQLITE_OK {
