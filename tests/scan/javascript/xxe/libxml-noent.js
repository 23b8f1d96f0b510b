const libxmljs = require('libxmljs');
const doc = libxmljs.parseXmlString(req.body, { noent: true, dtdload: true }); // expect: CWE-611
