async def fetch_invoice(pool, invoice_no):
    async with pool.acquire() as con:
        return await con.fetchrow(f"SELECT * FROM invoices WHERE number = '{invoice_no}'")  # expect: CWE-89
