const { spawn } = require('child_process');
const child = spawn('ffmpeg', ['-i', input, output]); // ok: CWE-78
