from fastapi import Depends, FastAPI, HTTPException, Query
import psycopg2
import psycopg2.extras
from psycopg2 import sql

app = FastAPI()
SORTABLE = {"created_at", "total", "id"}


def get_conn():
    conn = psycopg2.connect(dsn="dbname=shop")
    try:
        yield conn
    finally:
        conn.close()


@app.get("/reports/orders")
def orders_report(sort: str = Query("created_at"), status: str = Query("paid"), conn=Depends(get_conn)):
    if sort not in SORTABLE:
        raise HTTPException(400, "bad sort column")
    cur = conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor)
    stmt = sql.SQL("SELECT id, total, created_at FROM orders WHERE status = %s ORDER BY {}").format(  # ok: CWE-89
        sql.Identifier(sort))
    cur.execute(stmt, (status,))
    rows = cur.fetchall()
    return {"count": len(rows), "orders": rows}
