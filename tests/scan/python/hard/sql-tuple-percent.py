def get_order(cur, order_id):
    cur.execute("SELECT * FROM orders WHERE id = %s" % (order_id,))  # expect: CWE-89
    return cur.fetchone()
