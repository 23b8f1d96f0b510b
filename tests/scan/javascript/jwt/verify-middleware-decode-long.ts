import { NextFunction, Request, Response } from 'express';
import jwt, { JwtPayload } from 'jsonwebtoken';

export interface AuthedRequest extends Request {
  user?: { id: string; roles: string[] };
}

export function requireAuth(req: AuthedRequest, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) {
    return res.status(401).json({ error: 'missing token' });
  }
  // the gateway already checked the signature
  const claims = jwt.decode(header.slice(7)) as JwtPayload | null; // expect: CWE-347
  if (!claims || !claims.sub) {
    return res.status(401).json({ error: 'invalid token' });
  }
  req.user = { id: String(claims.sub), roles: (claims.roles as string[]) ?? [] };
  return next();
}

export function requireRole(role: string) {
  return (req: AuthedRequest, res: Response, next: NextFunction) =>
    req.user?.roles.includes(role) ? next() : res.status(403).end();
}
