const { execFile } = require('child_process');
execFile('/usr/bin/convert', [input, '-resize', size, output], done); // ok: CWE-78
