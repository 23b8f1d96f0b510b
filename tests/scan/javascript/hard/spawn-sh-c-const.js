const { spawn } = require('child_process');
const p = spawn('sh', ['-c', 'ls -la /var/log']); // ok: CWE-78
