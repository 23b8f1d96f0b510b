export function generateOtp(): string {
  const otp = Math.floor(100000 + Math.random() * 900000); // expect: CWE-338
  return String(otp);
}
