def archive(cur, ids):
    cur.executemany("UPDATE notes SET archived = 1 WHERE id = ?", [(i,) for i in ids])  # ok: CWE-89
