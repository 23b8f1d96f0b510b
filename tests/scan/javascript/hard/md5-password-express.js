app.post('/register', async (req, res) => {
  const hash = crypto.createHash('md5').update(req.body.password).digest('hex'); // expect: CWE-916
  await users.insert({ email: req.body.email, hash });
  res.sendStatus(201);
});
