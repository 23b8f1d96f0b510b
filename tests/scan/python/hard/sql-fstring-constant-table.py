TABLE = "audit_log"

def recent(cur, since):
    cur.execute(f"SELECT * FROM {TABLE} WHERE ts > %s", (since,))  # ok: CWE-89
    return cur.fetchall()
