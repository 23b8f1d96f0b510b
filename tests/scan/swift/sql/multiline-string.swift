        let sql = """
            SELECT e.id, e.name, d.title
            FROM staff e JOIN departments d ON d.id = e.dept_id
            WHERE e.badge = '\(badge)' // expect: CWE-89
            """
        var stmt: OpaquePointer?
        sqlite3_prepare_v2(db, sql, -1, &stmt, nil)
