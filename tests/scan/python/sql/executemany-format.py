def archive(cur, table, ids):
    cur.executemany("UPDATE {} SET archived = 1 WHERE id = ?".format(table), [(i,) for i in ids])  # expect: CWE-89
