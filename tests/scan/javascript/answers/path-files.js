app.get('/files', (req, res) => {
  const name = req.query.name;
  res.sendFile(path.join('/srv/attachments', name)); // expect: CWE-22
});
