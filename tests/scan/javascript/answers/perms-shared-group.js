const fs = require('fs');
const path = require('path');

function createReport(table = 'orders') {
  const dir = `/srv/shared/${table}-reports`;
  fs.mkdirSync(dir, { recursive: true, mode: 0o2770 }); // ok: CWE-732
  const file = path.join(dir, new Date().toISOString().slice(0, 10) + '.csv');
  fs.writeFileSync(file, '', { mode: 0o660 }); // ok: CWE-732
  return file;
}
