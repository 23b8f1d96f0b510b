function hashWithSalt(password) {
  const salt = Math.random().toString(36).substring(2); // expect: CWE-338
  return { salt, hash: sha256(salt + password) }; // expect: CWE-916
}
