const { execFile } = require('child_process');

function ping(host, cb) {
  execFile('ping', ['-c', '1', host], (err, stdout) => cb(err, stdout)); // ok: CWE-78
}
