    rows = cur.execute("SELECT * FROM orders WHERE status = ? ORDER BY id", (status,)).fetchall()  # ok: CWE-89
