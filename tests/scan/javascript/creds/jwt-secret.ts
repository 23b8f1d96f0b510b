import jwt from 'jsonwebtoken';
const JWT_SECRET = 'my-super-secret-jwt-key'; // expect: CWE-798
export const sign = (sub: string) => jwt.sign({ sub }, JWT_SECRET, { expiresIn: '1h' });
