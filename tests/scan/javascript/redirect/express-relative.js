app.get('/login/done', (req, res) => {
  const next = String(req.query.next || '/');
  res.redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/'); // ok: CWE-601
});
