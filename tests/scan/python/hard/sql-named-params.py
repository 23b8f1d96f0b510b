def get_order(cur, order_id):
    cur.execute("SELECT * FROM orders WHERE id = %(id)s", {"id": order_id})  # ok: CWE-89
    return cur.fetchone()
