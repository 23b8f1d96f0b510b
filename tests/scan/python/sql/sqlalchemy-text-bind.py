from sqlalchemy import text

def count_active(session, tenant):
    stmt = text("SELECT count(*) FROM accounts WHERE tenant = :tenant AND active")  # ok: CWE-89
    return session.execute(stmt, {"tenant": tenant}).scalar()
