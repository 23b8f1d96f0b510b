    for name in table_names:
        conn.execute(f"DROP TABLE IF EXISTS {name}")  # expect: CWE-89
