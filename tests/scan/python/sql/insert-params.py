    cur.execute("INSERT INTO audit (who, what) VALUES (%s, %s)", (user, action))  # ok: CWE-89
