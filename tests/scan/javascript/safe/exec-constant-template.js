const { execSync } = require('child_process');
const branch = execSync(`git rev-parse --abbrev-ref HEAD`).toString().trim(); // ok: CWE-78
