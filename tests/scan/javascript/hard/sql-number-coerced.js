app.get('/orders/:id', async (req, res) => {
  const rows = await db.query('SELECT * FROM orders WHERE id = ' + Number(req.params.id)); // ok: CWE-89
  res.json(rows);
});
