const { spawn } = require('child_process');
const p = spawn('sh', ['-c', `tar czf ${out} ${dir}`]); // expect: CWE-78
