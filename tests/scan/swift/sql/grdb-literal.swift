    let players = try Player.fetchAll(db, literal: "SELECT * FROM player WHERE name = \(name)") // ok: CWE-89
