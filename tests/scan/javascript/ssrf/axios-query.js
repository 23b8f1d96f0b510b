app.get('/fetch', async (req, res) => {
  const r = await axios.get(req.query.url); // expect: CWE-918
  res.send(r.data);
});
