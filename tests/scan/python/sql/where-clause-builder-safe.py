def list_tickets(cur, filters):
    q = "SELECT * FROM tickets"
    params = []
    if filters.get("owner"):
        q += " WHERE owner = %s"
        params.append(filters["owner"])
    cur.execute(q, params)  # ok: CWE-89
    return cur.fetchall()
