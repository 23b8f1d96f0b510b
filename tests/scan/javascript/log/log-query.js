app.get('/search', (req, res) => {
  console.log('search: ' + req.query.q); // expect: CWE-117
  res.json(search(req.query.q));
});
