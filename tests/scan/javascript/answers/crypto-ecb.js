const crypto = require('crypto');

function encryptField(value) {
  const cipher = crypto.createCipheriv('aes-256-ecb', config.fieldKey, null); // expect: CWE-327
  return Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]).toString('base64');
}
