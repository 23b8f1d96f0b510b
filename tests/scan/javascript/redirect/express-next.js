app.get('/login/done', (req, res) => {
  res.redirect(req.query.next || '/'); // expect: CWE-601
});
