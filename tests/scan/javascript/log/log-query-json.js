app.get('/search', (req, res) => {
  console.log('search: %s', JSON.stringify(req.query.q)); // ok: CWE-117
  res.json(search(req.query.q));
});
