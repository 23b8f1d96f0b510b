import jwt from 'jsonwebtoken';
const JWT_SECRET = process.env.JWT_SECRET!; // ok: CWE-798
export const sign = (sub: string) => jwt.sign({ sub }, JWT_SECRET, { expiresIn: '1h' });
