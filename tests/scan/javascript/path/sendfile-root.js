app.get('/avatars/:file', (req, res) => {
  res.sendFile(req.params.file, { root: '/srv/avatars', dotfiles: 'deny' }); // ok: CWE-22
});
