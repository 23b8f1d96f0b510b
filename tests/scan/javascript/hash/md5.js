const crypto = require('crypto');
const etag = crypto.createHash('md5').update(body).digest('hex'); // expect: CWE-328
