import type { Role } from '../graphql/generated/graphql';

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  ADMIN: '/admin',
  COUNSELOR: '/caseload',
  CLIENT: '/exercises',
};

/** Which pages belong to which role; a path outside these is no one's home. */
const ROLE_AREAS: Record<Role, string[]> = {
  ADMIN: ['/admin', '/library'],
  COUNSELOR: ['/caseload', '/library'],
  CLIENT: ['/exercises', '/checkins', '/progress', '/notifications'],
};

/**
 * The page to open after sign-in: the one the person was sent away from, if it is theirs,
 * otherwise their home. Only same-site paths are followed.
 */
export function destinationAfterSignIn(role: Role, requested: string | null | undefined): string {
  if (requested && requested.startsWith('/') && !requested.startsWith('//')) {
    const belongs = ROLE_AREAS[role].some(
      (area) => requested === area || requested.startsWith(`${area}/`),
    );
    if (belongs) return requested;
  }
  return ROLE_HOME[role];
}
