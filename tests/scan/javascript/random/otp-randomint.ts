import { randomInt } from 'crypto';

export function generateOtp(): string {
  const otp = randomInt(100000, 1000000); // ok: CWE-338
  return String(otp);
}
