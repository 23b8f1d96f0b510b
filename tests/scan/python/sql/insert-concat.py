    cur.execute("INSERT INTO audit (who, what) VALUES ('" + user + "', '" + action + "')")  # expect: CWE-89
