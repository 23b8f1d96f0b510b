const express = require('express');
const { exec } = require('child_process');

const router = express.Router();

router.get('/tools/dig', (req, res) => {
  const domain = req.query.domain;
  const type = req.query.type || 'A';
  if (!domain) {
    return res.status(400).json({ error: 'domain is required' });
  }
  exec(`dig +short ${type} ${domain}`, { timeout: 5000 }, (err, stdout, stderr) => { // expect: CWE-78
    if (err) {
      return res.status(500).json({ error: stderr || err.message });
    }
    res.json({
      domain,
      type,
      answers: stdout.split('\n').filter(Boolean),
    });
  });
});

module.exports = router;
