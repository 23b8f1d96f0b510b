export const newPin = (): string => `${Math.floor(Math.random() * 10000)}`.padStart(4, '0'); // expect: CWE-338
