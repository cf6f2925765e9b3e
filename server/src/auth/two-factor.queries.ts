import { isActiveAccount, roleOf, USER_ROLE } from '../accounts/accounts.queries';
import { pg, statement } from '../database/sql';

/** The TOTP authenticator of account $1, pending or confirmed. */
export const totpOf = statement({
  name: 'twoFactor.totpOf',
  text: `SELECT t.secret, t.confirmed_at IS NOT NULL AS confirmed
           FROM staff_totp t WHERE t.user_id = $1`,
  params: [pg.uuid],
  row: { secret: pg.text, confirmed: pg.bool },
});

/**
 * Starts (or restarts, with a new secret) the enrolment of account $1 of clinic $2. Writes
 * nothing when a confirmed authenticator is already there.
 */
export const startTotp = statement({
  name: 'twoFactor.startTotp',
  text: `INSERT INTO staff_totp AS t (user_id, clinic_id, secret) VALUES ($1, $2, $3)
         ON CONFLICT (user_id) DO UPDATE
           SET secret = EXCLUDED.secret, created_at = now(), last_used_step = NULL
         WHERE t.confirmed_at IS NULL
         RETURNING t.id`,
  params: [pg.uuid, pg.uuid, pg.text],
  row: { id: pg.uuid },
});

/**
 * Spends time step $2 of account $1's authenticator: only a step later than the last one
 * spent, so each code works once. $3: confirm a pending authenticator (enrolment) rather than
 * use a confirmed one (sign-in, removal).
 */
export const spendTotpStep = statement({
  name: 'twoFactor.spendStep',
  text: `UPDATE staff_totp t
            SET last_used_step = $2, confirmed_at = coalesce(t.confirmed_at, now())
          WHERE t.user_id = $1
            AND (t.last_used_step IS NULL OR t.last_used_step < $2)
            AND (t.confirmed_at IS NULL) = $3
      RETURNING t.id`,
  params: [pg.uuid, pg.int8, pg.bool],
  row: { id: pg.uuid },
});

/** Whether account $1 has a confirmed second factor. */
export const hasSecondFactor = statement({
  name: 'twoFactor.has',
  text: `SELECT EXISTS (SELECT 1 FROM staff_totp t
                         WHERE t.user_id = $1 AND t.confirmed_at IS NOT NULL) AS has`,
  params: [pg.uuid],
  row: { has: pg.bool },
});

/** Account $1 of clinic $2 gets these recovery codes ($3: hex SHA-256 hashes). */
export const insertRecoveryCodes = statement({
  name: 'twoFactor.insertRecoveryCodes',
  text: `INSERT INTO recovery_code (user_id, clinic_id, code_hash)
         SELECT $1, $2, decode(h, 'hex') FROM unnest($3::text[]) AS h`,
  params: [pg.uuid, pg.uuid, pg.textArray],
});

export const recoveryCodesLeft = statement({
  name: 'twoFactor.recoveryCodesLeft',
  text: `SELECT count(*)::int4 AS n FROM recovery_code r WHERE r.user_id = $1 AND r.used_at IS NULL`,
  params: [pg.uuid],
  row: { n: pg.int4 },
});

/** Spends recovery code (hash $2) of account $1, if it is one of its unused codes. */
export const spendRecoveryCode = statement({
  name: 'twoFactor.spendRecoveryCode',
  text: `UPDATE recovery_code r SET used_at = now()
          WHERE r.user_id = $1 AND r.code_hash = $2 AND r.used_at IS NULL
      RETURNING r.id`,
  params: [pg.uuid, pg.bytea],
  row: { id: pg.uuid },
});

/** Removes every second factor of account $1 and its recovery codes; returns what it removed. */
export const removeSecondFactorsOf = statement({
  name: 'twoFactor.removeAllOf',
  text: `WITH codes AS (DELETE FROM recovery_code r WHERE r.user_id = $1 RETURNING r.id)
         DELETE FROM staff_totp t WHERE t.user_id = $1
      RETURNING t.confirmed_at IS NOT NULL AS confirmed`,
  params: [pg.uuid],
  row: { confirmed: pg.bool },
});

/** A sign-in of account $1 of clinic $2 waiting for its second factor, for $4 minutes. */
export const startPendingLogin = statement({
  name: 'twoFactor.startPendingLogin',
  text: `INSERT INTO pending_login (user_id, clinic_id, token_hash, expires_at)
         VALUES ($1, $2, $3, now() + make_interval(mins => $4))
      RETURNING id`,
  params: [pg.uuid, pg.uuid, pg.bytea, pg.int4],
  row: { id: pg.uuid },
});

/** The open pending sign-in of a token, of an account not deactivated. */
export const openPendingLogin = statement({
  name: 'twoFactor.openPendingLogin',
  text: `SELECT p.id, p.user_id AS "userId", p.clinic_id AS "clinicId", ${roleOf('p.user_id')} AS role
           FROM pending_login p
          WHERE p.token_hash = $1 AND p.used_at IS NULL AND p.expires_at > now()
            AND ${isActiveAccount('p.user_id')}`,
  params: [pg.bytea],
  row: { id: pg.uuid, userId: pg.uuid, clinicId: pg.uuid, role: USER_ROLE },
});

/** Uses up a pending sign-in; no row when it was already used. */
export const endPendingLogin = statement({
  name: 'twoFactor.endPendingLogin',
  text: `UPDATE pending_login SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`,
  params: [pg.uuid],
  row: { id: pg.uuid },
});
