app.post('/lang', (req, res) => {
  req.session.lang = req.body.lang;
  res.redirect(req.get('Referer') || '/'); // expect: CWE-601
});
