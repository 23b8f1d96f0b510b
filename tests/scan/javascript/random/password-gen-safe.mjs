import { randomInt } from 'node:crypto';
const CHARSET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!$%';
export function generatePassword(len = 16) {
  let out = '';
  while (out.length < len) out += CHARSET.charAt(randomInt(CHARSET.length)); // ok: CWE-338
  return out;
}
