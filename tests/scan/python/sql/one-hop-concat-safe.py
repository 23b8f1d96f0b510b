import sqlite3

def find_books(db_path, author):
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    query = "SELECT title, year FROM books WHERE author = ?"
    cur.execute(query, (author,))  # ok: CWE-89
    return cur.fetchall()
