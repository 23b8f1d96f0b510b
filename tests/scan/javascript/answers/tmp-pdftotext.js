const fs = require('fs/promises');
const { execFile } = require('child_process');
const { promisify } = require('util');
const run = promisify(execFile);

async function pdfToText(buffer, name) {
  const file = `/tmp/${name}`; // expect: CWE-377
  await fs.writeFile(file, buffer);
  const { stdout } = await run('pdftotext', [file, '-']);
  return stdout;
}
