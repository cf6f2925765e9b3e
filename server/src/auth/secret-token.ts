import { parse as parseCookie } from 'cookie';
import { createHash, randomBytes } from 'node:crypto';
import type { Environment } from '../config/environment';

export const SESSION_COOKIE = 'tandem_session';

/** 256 random bits, handed out once (a session cookie, an invitation link); only the hash is kept. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecretToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The session token from the request's Cookie header, if any. */
export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[SESSION_COOKIE] || undefined;
}

/**
 * The dashboard's address of a one-use link (an invitation, a password reset). The token
 * travels in the fragment, which browsers never send to a server or in a Referer.
 */
export function linkWithToken(
  environment: Pick<Environment, 'PUBLIC_URL' | 'PORT'>,
  path: string,
  token: string,
): string {
  const base = (environment.PUBLIC_URL ?? `http://localhost:${environment.PORT}`).replace(
    /\/+$/,
    '',
  );
  return `${base}${path}#${token}`;
}
