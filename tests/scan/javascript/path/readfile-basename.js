app.get('/files', (req, res) => {
  const name = path.basename(String(req.query.name));
  fs.readFile(path.join(__dirname, 'public', name), (err, data) => { // ok: CWE-22
    if (err) return res.sendStatus(404);
    res.send(data);
  });
});
