app.get('/bounce', (req, res) => {
  res.location(req.query.next).sendStatus(302); // expect: CWE-601
});
