app.post('/register', async (req, res) => {
  const password = req.body.password; // ok: CWE-798
  if (password !== req.body.confirm) return res.status(400).send('passwords differ'); // ok: CWE-798
  const hash = await bcrypt.hash(password, 12); // ok: CWE-916
  await users.create({ email: req.body.email, hash });
  res.sendStatus(201);
});
