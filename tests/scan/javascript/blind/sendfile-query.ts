router.get('/doc', (req, res) => {
  res.sendFile(req.query.file as string, { root: DOCS }); // ok: CWE-22
});
