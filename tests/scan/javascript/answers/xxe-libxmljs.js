const libxmljs = require('libxmljs2');

function readTotals(buf) {
  const doc = libxmljs.parseXml(buf.toString('utf8'), { noent: true, dtdload: true }); // expect: CWE-611
  return doc.find('//total').map((n) => n.text());
}

module.exports = { readTotals };
