app.get('/q', (req, res) => {
  res.send(`<p>You searched for ${req.query.q}</p>`); // expect: CWE-79
});
