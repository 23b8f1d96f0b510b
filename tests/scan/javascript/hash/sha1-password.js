function hashPassword(password) {
  return crypto.createHash('sha1').update(password).digest('hex'); // expect: CWE-916
}
