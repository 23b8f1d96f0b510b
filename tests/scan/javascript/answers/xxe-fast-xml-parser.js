const { XMLParser } = require('fast-xml-parser');

function readTotals(buf) {
  const parser = new XMLParser({ processEntities: true }); // ok: CWE-611
  const doc = parser.parse(buf.toString('utf8'));
  return [].concat(doc.invoice.total ?? []);
}
