import { joinClinic } from '../clinics/clinic-name.queries';
import { pg, statement, type PgType } from '../database/sql';
import { displayNameOf, USER_ROLE } from './accounts.queries';
import type { InvitationStatus } from './models/invitation.model';

/** A SHA-256 hash of a secret token, as `hashSecretToken` makes it. */
const TOKEN_HASH = pg.bytea;

/** An invitation's status, computed from `i`: exactly the words of InvitationStatus. */
const STATUS = `CASE WHEN i.accepted_at IS NOT NULL THEN 'ACCEPTED'
                    WHEN i.revoked_at IS NOT NULL THEN 'REVOKED'
                    WHEN i.expires_at <= now() THEN 'EXPIRED'
                    ELSE 'PENDING' END`;
const STATUS_TYPE = pg.text as PgType<InvitationStatus>;

const INVITATION_COLUMNS = `i.id, i.email, i.display_name AS "displayName", i.role, ${STATUS} AS status,
  i.created_at AS "createdAt", i.expires_at AS "expiresAt",
  ${displayNameOf('i.invited_by')} AS "invitedByName"`;

const INVITATION_ROW = {
  id: pg.uuid,
  email: pg.varchar,
  displayName: pg.varchar,
  role: USER_ROLE,
  status: STATUS_TYPE,
  createdAt: pg.timestamptz,
  expiresAt: pg.timestamptz,
  invitedByName: pg.varchar,
};

/** An invitation `i` whose link still works. */
const OPEN = 'i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()';

export const pendingInvitationTo = statement({
  name: 'invitations.pendingTo',
  text: `SELECT EXISTS (SELECT 1 FROM invitation i WHERE i.email = $1 AND ${OPEN}) AS pending`,
  params: [pg.text],
  row: { pending: pg.bool },
});

export const insertInvitation = statement({
  name: 'invitations.insert',
  text: `INSERT INTO invitation (clinic_id, email, display_name, role, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7)) RETURNING id`,
  params: [pg.uuid, pg.varchar, pg.varchar, USER_ROLE, TOKEN_HASH, pg.uuid, pg.int4],
  row: { id: pg.uuid },
});

/** A fresh link and more days for an invitation not yet accepted or revoked. */
export const renewInvitation = statement({
  name: 'invitations.renew',
  text: `UPDATE invitation SET token_hash = $2, expires_at = now() + make_interval(days => $3)
          WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
  params: [pg.uuid, TOKEN_HASH, pg.int4],
});

export const revokeInvitation = statement({
  name: 'invitations.revoke',
  text: `UPDATE invitation SET revoked_at = now()
          WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
  params: [pg.uuid],
});

/** The clinic's invitations, newest first, of one status (all when null). */
export const invitationPage = statement({
  name: 'invitations.page',
  text: `SELECT ${INVITATION_COLUMNS} FROM invitation i
          WHERE ($3::text IS NULL OR ${STATUS} = $3)
          ORDER BY i.created_at DESC, i.id LIMIT $1::int OFFSET $2::int`,
  params: [pg.int4, pg.int4, pg.text.orNull],
  row: INVITATION_ROW,
});

export const invitationCount = statement({
  name: 'invitations.count',
  text: `SELECT count(*)::int AS total FROM invitation i WHERE ($1::text IS NULL OR ${STATUS} = $1)`,
  params: [pg.text.orNull],
  row: { total: pg.int4 },
});

export const invitationById = statement({
  name: 'invitations.byId',
  text: `SELECT ${INVITATION_COLUMNS} FROM invitation i WHERE i.id = $1`,
  params: [pg.uuid],
  row: INVITATION_ROW,
});

/** What the holder of an open link sees (owner connection: no session yet). */
export const invitationPreview = statement({
  name: 'invitations.preview',
  text: `SELECT c.name AS "clinicName", i.email, i.display_name AS "displayName", i.role
           FROM invitation i ${joinClinic('c', 'i.clinic_id')}
          WHERE i.token_hash = $1 AND ${OPEN}`,
  params: [TOKEN_HASH],
  row: { clinicName: pg.varchar, email: pg.varchar, displayName: pg.varchar, role: USER_ROLE },
});

export const openInvitation = statement({
  name: 'invitations.open',
  text: `SELECT i.id, i.email FROM invitation i WHERE i.token_hash = $1 AND ${OPEN}`,
  params: [TOKEN_HASH],
  row: { id: pg.uuid, email: pg.varchar },
});

/** The open invitation of a link, locked until its acceptance commits. */
export const lockOpenInvitation = statement({
  name: 'invitations.lockOpen',
  text: `SELECT i.id, i.clinic_id AS "clinicId", i.email, i.display_name AS "displayName", i.role
           FROM invitation i WHERE i.token_hash = $1 AND ${OPEN} FOR UPDATE`,
  params: [TOKEN_HASH],
  row: {
    id: pg.uuid,
    clinicId: pg.uuid,
    email: pg.varchar,
    displayName: pg.varchar,
    role: USER_ROLE,
  },
});

export const markInvitationAccepted = statement({
  name: 'invitations.markAccepted',
  text: 'UPDATE invitation SET accepted_at = now() WHERE id = $1',
  params: [pg.uuid],
});
