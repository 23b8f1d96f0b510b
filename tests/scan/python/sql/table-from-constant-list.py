TABLES = ("users", "orders")

def truncate_all(cur):
    for t in TABLES:
        cur.execute("TRUNCATE TABLE " + t)  # ok: CWE-89
