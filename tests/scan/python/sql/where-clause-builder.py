def list_tickets(cur, filters):
    q = "SELECT * FROM tickets"
    if filters.get("owner"):
        q += " WHERE owner = '%s'" % filters["owner"]  # expect: CWE-89
    cur.execute(q)
    return cur.fetchall()
