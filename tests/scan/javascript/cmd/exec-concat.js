const { exec } = require('child_process');

function ping(host, cb) {
  exec('ping -c 1 ' + host, (err, stdout) => cb(err, stdout)); // expect: CWE-78
}
