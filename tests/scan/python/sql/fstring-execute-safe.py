def get_user(conn, username):
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM users WHERE username = %s", (username,))  # ok: CWE-89
    return cur.fetchone()
