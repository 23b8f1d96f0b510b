from fastapi import Depends, FastAPI, Query
import psycopg2
import psycopg2.extras

app = FastAPI()


def get_conn():
    conn = psycopg2.connect(dsn="dbname=shop")
    try:
        yield conn
    finally:
        conn.close()


@app.get("/reports/orders")
def orders_report(
    sort: str = Query("created_at"),
    status: str = Query("paid"),
    conn=Depends(get_conn),
):
    cur = conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor)
    stmt = "SELECT id, total, created_at FROM orders WHERE status = %s ORDER BY " + sort  # expect: CWE-89
    cur.execute(stmt, (status,))
    rows = cur.fetchall()
    return {"count": len(rows), "orders": rows}
