import type { NextFunction, Request, Response } from 'express';

/** The API's own paths: what is answered here is per user and per moment. */
const API_PATH = /^\/(graphql|health)(\/|$)/;

/**
 * Every API answer carries `Cache-Control: no-store`, so neither a browser nor a proxy in
 * between keeps clinical data or a session's view of it. Set before any parser or handler
 * runs, so refusals (an unreadable body, a CSRF-blocked GET) carry it too. The built
 * dashboard's files are left to their own caching.
 */
export function noStoreForApi(request: Request, response: Response, next: NextFunction): void {
  if (API_PATH.test(request.path)) response.setHeader('Cache-Control', 'no-store');
  next();
}
