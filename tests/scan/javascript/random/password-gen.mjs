const CHARSET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!$%';
export function generatePassword(len = 16) {
  let out = '';
  while (out.length < len) out += CHARSET.charAt(Math.floor(Math.random() * CHARSET.length)); // expect: CWE-338
  return out;
}
