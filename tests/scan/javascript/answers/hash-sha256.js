const crypto = require('crypto');

function hashPassword(password) {
  return crypto.createHash('sha256').update(password).digest('hex'); // expect: CWE-916
}

function verifyPassword(password, stored) {
  return hashPassword(password) === stored;
}
