app.get('/profile', (req, res) => {
  const prefs = JSON.parse(Buffer.from(req.cookies.prefs, 'base64').toString()); // ok: CWE-502
  res.json(prefs);
});
