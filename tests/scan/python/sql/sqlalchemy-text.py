from sqlalchemy import text

def count_active(session, tenant):
    stmt = text(f"SELECT count(*) FROM accounts WHERE tenant = '{tenant}' AND active")  # expect: CWE-89
    return session.execute(stmt).scalar()
