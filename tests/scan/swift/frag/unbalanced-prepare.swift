            let q = "UPDATE staff SET badge = '\(newBadge)' WHERE id = \(id)" // expect: CWE-89
            if sqlite3_exec(db, q, nil, nil, &err) != SQLITE_OK {
                let msg = String(cString: err!)
                sqlite3_free(err)
                throw DBError.exec(msg)
            }
        }
    }
