TABLES = ("users", "orders")

def truncate_all(cur):
    for t in TABLES:
        cur.execute("TRUNCATE TABLE " + t)  # expect: CWE-89
