def search_products(cur, term, category):
    sql = """
        SELECT id, name, price
        FROM products
        WHERE name ILIKE %s
          AND category = %s
    """
    cur.execute(sql, (f"%{term}%", category))  # ok: CWE-89
    return cur.fetchall()
