const express = require('express');
const bcrypt = require('bcrypt');
const crypto = require('crypto');
const db = require('./db');

const app = express();
app.use(express.json());
const sessions = new Map();

function newSessionId() {
  return crypto.randomBytes(20).toString('hex'); // ok: CWE-338
}

app.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await db.users.findOne({ email });
  if (!user || !(await bcrypt.compare(password, user.hash))) {
    return res.status(401).json({ error: 'bad credentials' });
  }
  const sid = newSessionId();
  sessions.set(sid, { userId: user.id, created: Date.now() });
  res.cookie('sid', sid, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
});

app.listen(3000);
