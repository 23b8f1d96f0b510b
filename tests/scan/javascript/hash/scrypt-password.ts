import { scryptSync, randomBytes } from 'crypto';
export const hashPw = (pw: string, salt = randomBytes(16)) =>
  scryptSync(pw, salt, 64).toString('hex'); // ok: CWE-916
