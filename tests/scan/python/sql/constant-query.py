def count_users(cur):
    query = "SELECT count(*) FROM users"
    cur.execute(query)  # ok: CWE-89
    return cur.fetchone()[0]
