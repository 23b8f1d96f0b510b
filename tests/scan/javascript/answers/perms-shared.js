const fs = require('fs');
const path = require('path');

function createReport(table = 'orders') {
  const dir = `/srv/shared/${table}-reports`;
  fs.mkdirSync(dir, { recursive: true, mode: 0o777 }); // expect: CWE-732
  const file = path.join(dir, new Date().toISOString().slice(0, 10) + '.csv');
  fs.writeFileSync(file, '', { mode: 0o666 }); // expect: CWE-732
  return file;
}
