const express = require('express');
const jwt = require('jsonwebtoken');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

function auth(req, res, next) {
  const token = req.cookies.session;
  if (!token) return res.status(401).end();
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] }); // ok: CWE-798
    next();
  } catch (e) {
    res.status(401).end();
  }
}

app.get('/api/me', auth, (req, res) => res.json(req.user));

app.get('/api/admin', auth, (req, res) => {
  if (req.user.roles.includes('admin')) { // ok: CWE-807
    return res.json({ admin: true });
  }
  res.status(403).end();
});

app.listen(3000);
