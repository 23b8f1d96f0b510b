def reset_tenant(conn, schema):
    conn.executescript("DROP TABLE IF EXISTS " + schema + ".cache; VACUUM;")  # expect: CWE-89
