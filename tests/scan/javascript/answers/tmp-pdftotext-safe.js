const fs = require('fs/promises');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');
const { promisify } = require('util');
const run = promisify(execFile);

async function pdfToText(buffer) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pdf-'));
  const file = path.join(dir, 'upload.pdf'); // ok: CWE-377
  await fs.writeFile(file, buffer);
  try {
    const { stdout } = await run('pdftotext', [file, '-']);
    return stdout;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
