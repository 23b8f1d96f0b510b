    try db.execute(sql: "UPDATE player SET score = ? WHERE id = ?", arguments: [score, id]) // ok: CWE-89
