app.get('/preview', async (req, res) => {
  const { url } = req.query;
  const response = await fetch(url); // expect: CWE-918
  const text = await response.text();
  res.send(text.slice(0, 200));
});
