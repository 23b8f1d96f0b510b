const express = require('express');
const mysql = require('mysql2');

const app = express();
app.use(express.urlencoded({ extended: false }));
const db = mysql.createConnection({
  host: 'localhost',
  user: 'app',
  password: process.env.DB_PASSWORD,
  database: 'shop',
});

app.post('/login', (req, res) => {
  const { username, password } = req.body;
  const query = `SELECT id FROM users WHERE username = '${username}' AND password = '${password}'`; // expect: CWE-89
  db.query(query, (err, results) => {
    if (err) return res.status(500).send('error');
    if (results.length === 0) return res.status(401).send('invalid');
    req.session.userId = results[0].id;
    res.redirect('/dashboard');
  });
});

app.listen(8080);
