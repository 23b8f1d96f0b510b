app.get('/q', (req, res) => {
  res.send(`<p>You searched for ${escapeHtml(req.query.q)}</p>`); // ok: CWE-79
});
