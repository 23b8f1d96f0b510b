const cp = require('child_process');
const path = require('path');

module.exports = function thumbnail(file, size) {
  const out = path.join('/tmp/thumbs', path.basename(file));
  cp.exec('convert ' + file + ' -resize ' + size + ' ' + out); // expect: CWE-78
  return out;
};
