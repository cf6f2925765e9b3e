import type { Request, Response } from 'express';
import { SESSION_COOKIE } from './secret-token';

/** httpOnly (no script can read it), SameSite=Lax, Secure whenever the request came over https. */
export function setSessionCookie(
  req: Request,
  res: Response,
  token: string,
  absoluteHours: number,
) {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    maxAge: absoluteHours * 3600_000,
  });
}

export function clearSessionCookie(req: Request, res: Response) {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
  });
}

export interface HttpContext {
  req: Request;
  res: Response;
}
