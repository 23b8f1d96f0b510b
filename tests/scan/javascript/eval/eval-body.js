app.post('/api/calc', (req, res) => {
  const result = eval(req.body.expression); // expect: CWE-95
  res.json({ result });
});
