app.get('/users', async (req, res) => {
  const rows = await pool.query("SELECT * FROM users WHERE name = '" + req.query.name + "'"); // expect: CWE-89
  res.json(rows);
});
