app.get('/users', async (req, res) => {
  const rows = await pool.query('SELECT * FROM users WHERE name = $1', [req.query.name]); // ok: CWE-89
  res.json(rows);
});
