def by_status(cur, status):
    tmpl = "SELECT * FROM jobs WHERE status = '{}'"
    cur.execute(tmpl.format(status))  # expect: CWE-89
    return cur.fetchall()
