app.post('/proxy', async (req, res) => {
  const r = await axios({ method: 'get', url: req.body.url, timeout: 3000 }); // expect: CWE-918
  res.json(r.data);
});
