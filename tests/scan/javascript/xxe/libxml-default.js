const libxmljs = require('libxmljs');
const doc = libxmljs.parseXmlString(req.body, { noent: false, nonet: true }); // ok: CWE-611
