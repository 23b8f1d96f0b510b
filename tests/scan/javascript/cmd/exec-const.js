const { execSync } = require('child_process');
const rev = execSync('git rev-parse HEAD').toString().trim(); // ok: CWE-78
