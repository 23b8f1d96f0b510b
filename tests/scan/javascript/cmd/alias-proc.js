const proc = require('child_process');

function gitShow(ref) {
  return proc.execSync(`git show ${ref}`).toString(); // expect: CWE-78
}
