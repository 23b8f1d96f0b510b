const { randomUUID } = require('crypto');
const apiKey = randomUUID(); // ok: CWE-338
