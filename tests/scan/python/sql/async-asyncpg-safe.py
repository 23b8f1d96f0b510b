async def fetch_invoice(pool, invoice_no):
    async with pool.acquire() as con:
        return await con.fetchrow("SELECT * FROM invoices WHERE number = $1", invoice_no)  # ok: CWE-89
