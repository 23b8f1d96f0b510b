import { createHash } from 'crypto';
export const hashPw = (pw: string, salt: string) =>
  createHash('sha256').update(salt + pw).digest('hex'); // expect: CWE-916
