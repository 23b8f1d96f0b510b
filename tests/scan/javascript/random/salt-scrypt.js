const crypto = require('crypto');
function hashWithSalt(password) {
  const salt = crypto.randomBytes(16); // ok: CWE-338
  return { salt, hash: crypto.scryptSync(password, salt, 64) }; // ok: CWE-916
}
