/** The three kinds of people who sign in to Tandem. */
/** Keys match values: GraphQL exposes the keys as the enum's names. */
export enum Role {
  ADMIN = 'ADMIN',
  COUNSELOR = 'COUNSELOR',
  CLIENT = 'CLIENT',
}

export const ALL_ROLES: readonly Role[] = [Role.ADMIN, Role.COUNSELOR, Role.CLIENT];
