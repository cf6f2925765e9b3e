import { parse as parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import { PENDING_LOGIN_MINUTES } from './two-factor.service';

/**
 * The cookie of a sign-in waiting for its second factor. A cookie apart from the session's:
 * nothing but the second step reads it, so it opens no query, mutation or websocket. Scoped
 * to /graphql, httpOnly, SameSite=Strict.
 */
export const PENDING_LOGIN_COOKIE = 'tandem_pending_login';

const OPTIONS = { httpOnly: true, sameSite: 'strict', path: '/graphql' } as const;

export function readPendingLoginToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[PENDING_LOGIN_COOKIE] || undefined;
}

export function setPendingLoginCookie(req: Request, res: Response, token: string) {
  res.cookie(PENDING_LOGIN_COOKIE, token, {
    ...OPTIONS,
    secure: req.secure,
    maxAge: PENDING_LOGIN_MINUTES * 60_000,
  });
}

export function clearPendingLoginCookie(req: Request, res: Response) {
  res.clearCookie(PENDING_LOGIN_COOKIE, { ...OPTIONS, secure: req.secure });
}
