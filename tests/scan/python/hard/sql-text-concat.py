from sqlalchemy import text

def find(session, where_clause):
    return session.execute(text("SELECT * FROM items WHERE " + where_clause)).all()  # expect: CWE-89
