app.get('/files', (req, res) => {
  fs.readFile(path.join(__dirname, 'public', req.query.name), (err, data) => { // expect: CWE-22
    if (err) return res.sendStatus(404);
    res.send(data);
  });
});
