    try db.executeUpdate("UPDATE staff SET name = '\(name)' WHERE badge = '\(badge)'", values: nil) // expect: CWE-89
