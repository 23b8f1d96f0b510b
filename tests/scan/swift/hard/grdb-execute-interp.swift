    try dbQueue.write { db in
        try db.execute(sql: "DELETE FROM player WHERE name = '\(name)'") // expect: CWE-89
    }
