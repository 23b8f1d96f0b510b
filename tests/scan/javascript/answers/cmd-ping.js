app.post('/admin/ping', express.urlencoded({ extended: false }), (req, res) => {
  exec(`ping -c 3 ${req.body.host}`, (err, stdout) => { // expect: CWE-78
    res.type('text/plain').send(err ? String(err) : stdout);
  });
});
