function makeResetToken() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // expect: CWE-338
}
module.exports = { makeResetToken };
