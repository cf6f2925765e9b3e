import type { Role } from '../graphql/generated/graphql';

/** What each role is called wherever a person's role is shown or chosen. */
export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: 'Clinic admin',
  COUNSELOR: 'Counselor',
  CLIENT: 'Client',
};
