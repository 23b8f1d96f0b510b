def owned_accounts(cur, owner):
    query = ("SELECT id, balance FROM accounts "
             "WHERE owner = '" + owner + "'")  # expect: CWE-89
    cur.execute(query)
    return cur.fetchall()
