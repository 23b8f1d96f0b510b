def search(cur, needle):
    pattern = "%" + needle.replace("%", r"\%") + "%"
    cur.execute("SELECT name FROM items WHERE name LIKE %s", (pattern,))  # ok: CWE-89
    return [r[0] for r in cur]
