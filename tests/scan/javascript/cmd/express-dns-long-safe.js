const express = require('express');
const { execFile } = require('child_process');

const router = express.Router();
const TYPES = new Set(['A', 'AAAA', 'MX', 'TXT', 'NS']);

router.get('/tools/dig', (req, res) => {
  const domain = String(req.query.domain || '');
  const type = TYPES.has(req.query.type) ? req.query.type : 'A';
  if (!/^[a-z0-9.-]+$/i.test(domain)) {
    return res.status(400).json({ error: 'bad domain' });
  }
  execFile('dig', ['+short', type, domain], { timeout: 5000 }, (err, stdout, stderr) => { // ok: CWE-78
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
