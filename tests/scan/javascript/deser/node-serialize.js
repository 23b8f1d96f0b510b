const serialize = require('node-serialize');
app.get('/profile', (req, res) => {
  const prefs = serialize.unserialize(Buffer.from(req.cookies.prefs, 'base64').toString()); // expect: CWE-502
  res.json(prefs);
});
