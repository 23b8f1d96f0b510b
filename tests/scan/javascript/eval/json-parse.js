app.post('/api/prefs', (req, res) => {
  const prefs = JSON.parse(req.body.raw); // ok: CWE-95
  res.json({ prefs });
});
