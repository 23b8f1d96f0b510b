const express = require('express');
const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  if (!(await checkLogin(username, password))) {
    console.warn(`Failed login for user ${username}`); // expect: CWE-117
    return res.status(401).json({ error: 'invalid credentials' });
  }
  res.json({ ok: true });
});
