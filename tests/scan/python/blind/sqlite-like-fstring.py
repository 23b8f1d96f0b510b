def find(conn, prefix):
    return conn.execute(f"SELECT name FROM files WHERE name LIKE '{prefix}%'").fetchall()  # expect: CWE-89
