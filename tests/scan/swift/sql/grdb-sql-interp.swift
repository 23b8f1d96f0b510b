    let players = try Player.fetchAll(db, sql: "SELECT * FROM player WHERE name = '\(name)'") // expect: CWE-89
