const cp = require('child_process');
const pattern = /version (\d+)/;
const m = pattern.exec(output); // ok: CWE-78
const head = cp.execSync('git rev-parse HEAD').toString(); // ok: CWE-78
