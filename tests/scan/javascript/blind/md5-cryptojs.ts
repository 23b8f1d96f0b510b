import CryptoJS from 'crypto-js';
export const sign = (s: string) => CryptoJS.MD5(s).toString(); // expect: CWE-328
