// Do not write: exec('rm -rf ' + dir) or eval(userCode)
// and never use Math.random() for tokens.
const token = crypto.randomBytes(32).toString('base64url'); // ok: CWE-338
