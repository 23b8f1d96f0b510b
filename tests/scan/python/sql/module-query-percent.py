import sqlite3

FIND_USER = "SELECT id, name FROM users WHERE email = '%s'"


def find_user(conn, email):
    cur = conn.cursor()
    cur.execute(FIND_USER % email)  # expect: CWE-89
    return cur.fetchone()
