const yaml = require('js-yaml');
const cfg = yaml.load(fs.readFileSync('config.yml', 'utf8'), { schema: yaml.JSON_SCHEMA }); // ok: CWE-502
