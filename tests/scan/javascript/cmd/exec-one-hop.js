const { exec } = require('child_process');

function compress(file) {
  const cmd = 'gzip -9 ' + file;
  exec(cmd, (err) => { // expect: CWE-78
    if (err) console.error(err);
  });
}
