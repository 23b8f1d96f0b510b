app.post('/calc', express.urlencoded({ extended: false }), (req, res) => {
  const { expression } = req.body;
  res.json({ value: eval(expression) }); // expect: CWE-95
});
