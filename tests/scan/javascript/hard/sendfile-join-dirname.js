app.get('/uploads/:name', (req, res) => {
  res.sendFile(path.join(__dirname, 'uploads', req.params.name)); // expect: CWE-22
});
