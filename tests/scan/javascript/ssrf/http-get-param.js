const http = require('http');
app.get('/proxy', (req, res) => {
  http.get(req.query.target, (up) => up.pipe(res)); // expect: CWE-918
});
