const crypto = require('crypto');
const etag = crypto.createHash('sha256').update(body).digest('hex'); // ok: CWE-328
