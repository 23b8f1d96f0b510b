def search_products(cur, term, category):
    sql = f"""
        SELECT id, name, price
        FROM products
        WHERE name ILIKE '%{term}%'
          AND category = '{category}'
    """
    cur.execute(sql)  # expect: CWE-89
    return cur.fetchall()
