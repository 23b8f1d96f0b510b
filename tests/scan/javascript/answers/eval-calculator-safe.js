const { evaluate } = require('mathjs');
app.post('/calc', express.urlencoded({ extended: false }), (req, res) => {
  const { expression } = req.body;
  res.json({ value: evaluate(expression) }); // ok: CWE-95
});
