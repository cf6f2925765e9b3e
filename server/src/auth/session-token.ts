import { createHash, randomBytes } from 'node:crypto';
import { parse as parseCookie } from 'cookie';

export const SESSION_COOKIE = 'tandem_session';

/** 256 random bits, sent to the browser once; only its hash is kept. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The session token from the request's Cookie header, if any. */
export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[SESSION_COOKIE] || undefined;
}
