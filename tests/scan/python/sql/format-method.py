    rows = cur.execute("SELECT * FROM orders WHERE status = '{}' ORDER BY id".format(status)).fetchall()  # expect: CWE-89
