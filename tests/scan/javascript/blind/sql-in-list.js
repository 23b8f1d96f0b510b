const ids = req.body.ids.join(',');
const rows = await db.query(`SELECT * FROM items WHERE id IN (${ids})`); // expect: CWE-89
