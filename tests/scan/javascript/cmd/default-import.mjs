import cp from 'node:child_process';

export const gzip = (file) => cp.execSync(`gzip -k ${file}`); // expect: CWE-78
