app.get('/filter', (req, res) => {
  const re = new RegExp(req.query.pattern); // expect: CWE-1333
  res.json(items.filter((i) => re.test(i.name)));
});
