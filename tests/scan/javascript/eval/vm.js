const vm = require('vm');
const out = vm.runInNewContext(req.body.code, sandbox); // expect: CWE-95
