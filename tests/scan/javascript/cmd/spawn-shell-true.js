const { spawn } = require('child_process');
const child = spawn(`ffmpeg -i ${input} ${output}`, { shell: true }); // expect: CWE-78
