import { GraphQLError } from 'graphql';

/** The stable codes a client can act on, carried in `extensions.code`. */
export enum ErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  BadUserInput = 'BAD_USER_INPUT',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
  /** The password was right; the sign-in now waits for a second factor. */
  TwoFactorRequired = 'TWO_FACTOR_REQUIRED',
  Unavailable = 'UNAVAILABLE',
  Internal = 'INTERNAL_SERVER_ERROR',
}

function tandemError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = (message = 'Sign in to continue.') =>
  tandemError(ErrorCode.Unauthenticated, message);

export const forbidden = (message = 'You do not have access to this.') =>
  tandemError(ErrorCode.Forbidden, message);

/** Also what a forbidden record answers, so that its existence does not leak. */
export const notFound = (
  what = 'record',
  message = `That ${what} was not found, or you do not have access to it.`,
) => tandemError(ErrorCode.NotFound, message);

export const badUserInput = (message: string, details?: Record<string, string[]>) =>
  tandemError(ErrorCode.BadUserInput, message, details ? { fields: details } : {});

export const conflict = (message: string) => tandemError(ErrorCode.Conflict, message);

export const rateLimited = (retryAfterSeconds: number) =>
  tandemError(
    ErrorCode.RateLimited,
    `Too many attempts. Try again in ${describeWait(retryAfterSeconds)}.`,
    { retryAfterSeconds },
  );

export const twoFactorRequired = () =>
  tandemError(
    ErrorCode.TwoFactorRequired,
    'Enter the code from your authenticator app, or one of your recovery codes.',
  );

export const unavailable = () =>
  tandemError(
    ErrorCode.Unavailable,
    'Tandem cannot reach its database right now. Nothing was saved; try again in a moment.',
    { retryable: true },
  );

export const internal = () =>
  tandemError(
    ErrorCode.Internal,
    'Something went wrong on our side. Try again; if it keeps happening, contact your clinic admin.',
  );

function describeWait(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
