import { NextFunction, Request, Response } from 'express';
import jwt, { JwtPayload } from 'jsonwebtoken';

const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY as string;

export interface AuthedRequest extends Request {
  user?: { id: string; roles: string[] };
}

export function requireAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) {
    return res.status(401).json({ error: 'missing token' });
  }
  try {
    const claims = jwt.verify(header.slice(7), PUBLIC_KEY, { algorithms: ['RS256'] }) as JwtPayload; // ok: CWE-347
    req.user = { id: String(claims.sub), roles: (claims.roles as string[]) ?? [] };
    return next();
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
}

export function requireRole(role: string) {
  return (req: AuthedRequest, res: Response, next: NextFunction) =>
    req.user?.roles.includes(role) ? next() : res.status(403).end();
}
