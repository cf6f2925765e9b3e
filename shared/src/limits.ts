/**
 * Input limits both sides enforce: the client to guide people while they type,
 * the server as the authority. Changing one here changes it everywhere.
 */
export const LIMITS = {
  emailMaxLength: 254,
  passwordMinLength: 12,
  /** argon2 hashes whatever it is given; a cap keeps hashing cost bounded. */
  passwordMaxLength: 256,
  displayNameMaxLength: 120,
  coupleNameMaxLength: 120,
  pageSizeMax: 200,
} as const;
