const express = require('express');
const mysql = require('mysql2');
const bcrypt = require('bcrypt');

const app = express();
app.use(express.urlencoded({ extended: false }));
const db = mysql.createConnection({
  host: 'localhost',
  user: 'app',
  password: process.env.DB_PASSWORD, // ok: CWE-798
  database: 'shop',
});

app.post('/login', (req, res) => {
  const { username, password } = req.body;
  db.execute('SELECT id, hash FROM users WHERE username = ?', [username], async (err, results) => { // ok: CWE-89
    if (err) return res.status(500).send('error');
    if (results.length === 0) return res.status(401).send('invalid');
    if (!(await bcrypt.compare(password, results[0].hash))) return res.status(401).send('invalid');
    req.session.userId = results[0].id;
    res.redirect('/dashboard');
  });
});

app.listen(8080);
