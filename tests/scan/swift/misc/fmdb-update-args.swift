    try db.executeUpdate("UPDATE staff SET name = ? WHERE badge = ?", values: [name, badge]) // ok: CWE-89
