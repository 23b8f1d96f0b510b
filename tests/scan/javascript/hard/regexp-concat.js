app.get('/users', (req, res) => {
  const re = new RegExp('^' + req.query.prefix, 'i'); // expect: CWE-1333
  res.json(users.filter((u) => re.test(u.name)));
});
