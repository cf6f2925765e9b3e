import { isActiveAccount, roleOf, USER_ROLE } from '../accounts/accounts.queries';
import { pg, statement } from '../database/sql';

/** A SHA-256 hash of a reset token, as `hashSecretToken` makes it. */
const TOKEN_HASH = pg.bytea;

/** A reset `r` whose link still works: unused, not replaced or revoked, within its hour. */
const OPEN = 'r.used_at IS NULL AND r.revoked_at IS NULL AND r.expires_at > now()';

/**
 * A new link for account $1 of clinic $2 ($4: the admin who issued it, null when asked for),
 * valid $5 minutes; the account's earlier open links stop working. With no account ($1 null:
 * an address nobody uses) it writes nothing, in the same single statement, so both answers
 * cost the same.
 */
export const issueReset = statement({
  name: 'passwordReset.issue',
  text: `WITH replaced AS (
           UPDATE password_reset r SET revoked_at = now()
            WHERE r.user_id = $1 AND r.used_at IS NULL AND r.revoked_at IS NULL)
         INSERT INTO password_reset (user_id, clinic_id, token_hash, issued_by, expires_at)
         SELECT $1, $2, $3, $4, now() + make_interval(mins => $5)
          WHERE $1::uuid IS NOT NULL
      RETURNING id, expires_at AS "expiresAt"`,
  params: [pg.uuid.orNull, pg.uuid.orNull, TOKEN_HASH, pg.uuid.orNull, pg.int4],
  row: { id: pg.uuid, expiresAt: pg.timestamptz },
});

/**
 * The reset of a link, open or not (to name the account when a spent link is tried), and
 * whether it still works: open, of an account not deactivated. `lock` variant below.
 */
export const resetOfToken = statement({
  name: 'passwordReset.ofToken',
  text: `SELECT r.id, r.user_id AS "userId", r.clinic_id AS "clinicId",
                (${OPEN} AND ${isActiveAccount('r.user_id')}) AS open
           FROM password_reset r WHERE r.token_hash = $1`,
  params: [TOKEN_HASH],
  row: { id: pg.uuid, userId: pg.uuid, clinicId: pg.uuid, open: pg.bool },
});

/** The open reset of a link, locked until its use commits. */
export const lockOpenReset = statement({
  name: 'passwordReset.lockOpen',
  text: `SELECT r.id, r.user_id AS "userId", r.clinic_id AS "clinicId", ${roleOf('r.user_id')} AS role
           FROM password_reset r
          WHERE r.token_hash = $1 AND ${OPEN} AND ${isActiveAccount('r.user_id')}
            FOR UPDATE OF r`,
  params: [TOKEN_HASH],
  row: { id: pg.uuid, userId: pg.uuid, clinicId: pg.uuid, role: USER_ROLE },
});

export const markResetUsed = statement({
  name: 'passwordReset.markUsed',
  text: 'UPDATE password_reset SET used_at = now() WHERE id = $1',
  params: [pg.uuid],
});

/** Every open link of an account stops working (its password changed). */
export const revokeResetsOf = statement({
  name: 'passwordReset.revokeAllOf',
  text: `UPDATE password_reset SET revoked_at = now()
          WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
  params: [pg.uuid],
});
