const proc = require('child_process');

function gitShow(ref) {
  return proc.execFileSync('git', ['show', '--', ref]).toString(); // ok: CWE-78
}
