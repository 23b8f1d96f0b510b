const fs = require('fs');
const path = require('path');
const unzipper = require('unzipper');

async function unpackScans(zipPath, uploadId) {
  const dest = `/srv/orders/${uploadId}`;
  const dir = await unzipper.Open.file(zipPath);
  const out = [];
  for (const entry of dir.files) {
    const target = path.join(dest, entry.path); // expect: CWE-22
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await new Promise((ok, fail) => entry.stream().pipe(fs.createWriteStream(target)).on('finish', ok).on('error', fail));
    out.push(target);
  }
  return out;
}
