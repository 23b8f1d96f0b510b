app.get('/comment', (req, res) => {
  const comment = req.query.comment || '';
  res.send(`<html><body><p>${comment}</p></body></html>`); // expect: CWE-79
});
