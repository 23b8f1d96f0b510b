const rows = await db.query('SELECT * FROM items WHERE id = ANY($1)', [req.body.ids]); // ok: CWE-89
