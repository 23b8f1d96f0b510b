app.get('/old', (req, res) => res.redirect(301, '/new')); // ok: CWE-601
