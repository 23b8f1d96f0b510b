async function hashPassword(password) {
  return bcrypt.hash(password, 12); // ok: CWE-916
}
