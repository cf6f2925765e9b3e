import { joinAccount, roleOf, USER_ROLE } from '../accounts/accounts.queries';
import { pg, statement } from '../database/sql';

/** A SHA-256 hash of a session token, as `hashSecretToken` makes it. */
const TOKEN_HASH = pg.bytea;

/** Sessions `s` with their accounts `u`, a join the hot path of every request reads. */
const SESSIONS = `user_session s ${joinAccount('u', 's.user_id')}`;

/**
 * A session `s` that still works: not revoked, within both timeouts ($2: idle minutes), of an
 * account `u` not deactivated.
 */
const LIVE = `s.revoked_at IS NULL
   AND s.expires_at > now()
   AND s.last_seen_at > now() - make_interval(mins => $2)
   AND u.status = 'ACTIVE'`;

export const startSession = statement({
  name: 'sessions.start',
  text: `INSERT INTO user_session (token_hash, user_id, clinic_id, last_seen_at, expires_at, ip)
         VALUES ($1, $2, $3, now(), now() + make_interval(hours => $4), $5)
         RETURNING id, expires_at AS "expiresAt"`,
  params: [TOKEN_HASH, pg.uuid, pg.uuid, pg.int4, pg.inet.orNull],
  row: { id: pg.uuid, expiresAt: pg.timestamptz },
});

/** The live session of a token, marked used when its mark is over a minute old. */
export const resolveSession = statement({
  name: 'sessions.resolve',
  text: `WITH live AS (
           SELECT s.id, s.user_id, s.clinic_id, u.role, s.last_seen_at
             FROM ${SESSIONS}
            WHERE s.token_hash = $1 AND ${LIVE}),
         touched AS (
           UPDATE user_session SET last_seen_at = now()
            WHERE id IN (SELECT id FROM live WHERE last_seen_at < now() - interval '1 minute'))
         SELECT id AS "sessionId", user_id AS "userId", clinic_id AS "clinicId", role FROM live`,
  params: [TOKEN_HASH, pg.int4],
  row: {
    sessionId: pg.uuid,
    userId: pg.uuid,
    clinicId: pg.uuid,
    role: USER_ROLE,
  },
});

export const revokeSession = statement({
  name: 'sessions.revoke',
  text: `UPDATE user_session s SET revoked_at = now()
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL
      RETURNING s.user_id AS "userId", ${roleOf('s.user_id')} AS role, s.clinic_id AS "clinicId"`,
  params: [TOKEN_HASH],
  row: { userId: pg.uuid, role: USER_ROLE, clinicId: pg.uuid },
});

/**
 * Ends every session of a user but one (none when null), and every sign-in of theirs still
 * waiting for its second factor.
 */
export const revokeSessionsOf = statement({
  name: 'sessions.revokeAllOf',
  text: `WITH pending AS (
           UPDATE pending_login SET used_at = now() WHERE user_id = $1 AND used_at IS NULL)
         UPDATE user_session SET revoked_at = now()
          WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
  params: [pg.uuid, pg.uuid.orNull],
});

/** Milliseconds left to each live session of the list, by the database's clock. */
export const sessionTimeLeft = statement({
  name: 'sessions.timeLeft',
  text: `SELECT s.id,
                (EXTRACT(EPOCH FROM LEAST(s.expires_at, s.last_seen_at + make_interval(mins => $2)) - now()) * 1000)::float8 AS ms
           FROM ${SESSIONS}
          WHERE s.id = ANY($1::uuid[]) AND ${LIVE}`,
  params: [pg.uuidArray, pg.int4],
  row: { id: pg.uuid, ms: pg.float8 },
});
