def dump_table(cur, table_name):
    cur.execute("SELECT * FROM %s" % table_name)  # expect: CWE-89
    return cur.fetchall()
