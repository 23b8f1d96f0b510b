const { exec } = require('child_process');

function compressAll() {
  const cmd = 'gzip -9 /var/log/app/*.log';
  exec(cmd, (err) => { // ok: CWE-78
    if (err) console.error(err);
  });
}
