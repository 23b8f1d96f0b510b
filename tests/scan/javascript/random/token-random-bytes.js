const crypto = require('crypto');
function makeResetToken() {
  return crypto.randomBytes(24).toString('hex'); // ok: CWE-338
}
module.exports = { makeResetToken };
