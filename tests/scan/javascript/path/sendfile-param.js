app.get('/avatars/:file', (req, res) => {
  res.sendFile('/srv/avatars/' + req.params.file); // expect: CWE-22
});
