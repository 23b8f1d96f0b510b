const yaml = require('js-yaml');
const cfg = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA }); // expect: CWE-502
