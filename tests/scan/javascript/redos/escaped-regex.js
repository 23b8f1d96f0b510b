const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
app.get('/filter', (req, res) => {
  const re = new RegExp(escapeRe(String(req.query.pattern))); // ok: CWE-1333
  res.json(items.filter((i) => re.test(i.name)));
});
