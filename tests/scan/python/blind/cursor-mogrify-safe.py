def insert_many(cur, rows):
    args = ",".join(cur.mogrify("(%s,%s)", r).decode() for r in rows)
    cur.execute("INSERT INTO points (x, y) VALUES " + args)  # ok: CWE-89
