app.get('/profile', (req, res) => {
  res.write('<div class="name">' + req.query.name + '</div>'); // expect: CWE-79
  res.end();
});
