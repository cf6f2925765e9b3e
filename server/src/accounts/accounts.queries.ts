import type { Role } from '@tandem/shared';
import { joinClinic } from '../clinics/clinic-name.queries';
import { coupleNameOfClient, isPartnerOfACouple } from '../couples/membership.queries';
import { pg, statement } from '../database/sql';
import type { UserStatus } from './user.entity';

/*
 * The accounts module owns `app_user`. Other modules reach it through the fragments below
 * (a name, a role, whether an account is active, a join for set-based reads) or the
 * statements of this file, rather than writing their own `app_user` SQL.
 */

/** The display name of the account whose id is SQL expression `userId` (varchar). */
export const displayNameOf = (userId: string) =>
  `(SELECT named.display_name FROM app_user named WHERE named.id = ${userId})`;

/** The role of the account whose id is SQL expression `userId` (user_role). */
export const roleOf = (userId: string) =>
  `(SELECT ruled.role FROM app_user ruled WHERE ruled.id = ${userId})`;

/** Whether the account whose id is SQL expression `userId` may sign in (not deactivated). */
export const isActiveAccount = (userId: string) =>
  `EXISTS (SELECT 1 FROM app_user active WHERE active.id = ${userId} AND active.status = 'ACTIVE')`;

/** How many active accounts of `role` the clinic has (int4). */
export const activeAccountCount = (role: Role) =>
  `(SELECT count(*)::int FROM app_user counted WHERE counted.role = '${role}' AND counted.status = 'ACTIVE')`;

/**
 * Joins the account whose id is SQL expression `userId` as `alias`, for set-based reads that
 * need several of its columns (`display_name`, `email`, `role`, `status`).
 */
export const joinAccount = (alias: string, userId: string) =>
  `JOIN app_user ${alias} ON ${alias}.id = ${userId}`;

/** Accounts as `alias`, for reads whose rows are accounts (columns as `joinAccount`'s). */
export const fromAccounts = (alias: string) => `FROM app_user ${alias}`;

/** Like `joinAccount`, for an id that may be null. */
export const leftJoinAccount = (alias: string, userId: string) =>
  `LEFT ${joinAccount(alias, userId)}`;

/** The `user_role` enum, for every statement that reads or takes a role. */
export const USER_ROLE = pg.enum<Role>('user_role');
const STATUS = pg.enum<UserStatus>('user_status');

/** An account `u` as its admin sees it. */
const ACCOUNT_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.status,
  u.created_at AS "createdAt", u.version,
  ${coupleNameOfClient('u.id')} AS "coupleName"`;

const ACCOUNT_ROW = {
  id: pg.uuid,
  email: pg.varchar,
  displayName: pg.varchar,
  role: USER_ROLE,
  status: STATUS,
  createdAt: pg.timestamptz,
  version: pg.int4,
  coupleName: pg.varchar.orNull,
};

/**
 * The list's filters, each off when its parameter is null (or false): role, status, a search
 * of name and email (a LIKE pattern already escaped), clients without an active couple.
 */
const ACCOUNT_FILTER = `WHERE ($1::user_role IS NULL OR u.role = $1)
    AND ($2::user_status IS NULL OR u.status = $2)
    AND ($3::text IS NULL OR u.display_name ILIKE '%' || $3 || '%' OR u.email ILIKE '%' || $3 || '%')
    AND (NOT $4::boolean OR (u.role = 'CLIENT' AND NOT ${isPartnerOfACouple('u.id')}))`;
const FILTER_PARAMS = [USER_ROLE.orNull, STATUS.orNull, pg.text.orNull, pg.bool] as const;

export const accountPage = statement({
  name: 'accounts.page',
  text: `SELECT ${ACCOUNT_COLUMNS} FROM app_user u ${ACCOUNT_FILTER}
          ORDER BY u.display_name, u.id LIMIT $5::int OFFSET $6::int`,
  params: [...FILTER_PARAMS, pg.int4, pg.int4],
  row: ACCOUNT_ROW,
});

export const accountCount = statement({
  name: 'accounts.count',
  text: `SELECT count(*)::int AS total FROM app_user u ${ACCOUNT_FILTER}`,
  params: FILTER_PARAMS,
  row: { total: pg.int4 },
});

export const accountById = statement({
  name: 'accounts.byId',
  text: `SELECT ${ACCOUNT_COLUMNS} FROM app_user u WHERE u.id = $1`,
  params: [pg.uuid],
  row: ACCOUNT_ROW,
});

/** Renames and/or readdresses an account at the version its editor saw (null keeps a field). */
export const updateAccount = statement({
  name: 'accounts.update',
  text: `UPDATE app_user SET display_name = coalesce($2, display_name), email = coalesce($3, email),
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $4`,
  params: [pg.uuid, pg.varchar.orNull, pg.varchar.orNull, pg.int4],
});

export const setAccountStatus = statement({
  name: 'accounts.setStatus',
  text: 'UPDATE app_user SET status = $2, version = version + 1, updated_at = now() WHERE id = $1',
  params: [pg.uuid, STATUS],
});

export const passwordOfAccount = statement({
  name: 'accounts.password',
  text: 'SELECT email, password_hash AS "passwordHash" FROM app_user WHERE id = $1',
  params: [pg.uuid],
  row: { email: pg.varchar, passwordHash: pg.varchar },
});

export const setAccountPassword = statement({
  name: 'accounts.setPassword',
  text: 'UPDATE app_user SET password_hash = $2, updated_at = now() WHERE id = $1',
  params: [pg.uuid, pg.varchar],
});

/** Whether an account has this email: in the actor's clinic, or anywhere on the owner role. */
export const emailTaken = statement({
  name: 'accounts.emailTaken',
  text: 'SELECT EXISTS (SELECT 1 FROM app_user WHERE email = $1) AS taken',
  params: [pg.text],
  row: { taken: pg.bool },
});

/** The account an accepted invitation makes. */
export const insertAccount = statement({
  name: 'accounts.insert',
  text: `INSERT INTO app_user (clinic_id, email, display_name, role, password_hash, version)
         VALUES ($1, $2, $3, $4, $5, 1) RETURNING id`,
  params: [pg.uuid, pg.varchar, pg.varchar, USER_ROLE, pg.varchar],
  row: { id: pg.uuid },
});

/** The columns of a Viewer, from account `u` and its clinic `c`. */
const VIEWER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role,
  json_build_object('id', c.id, 'name', c.name) AS clinic`;
const VIEWER_ROW = {
  id: pg.uuid,
  email: pg.varchar,
  displayName: pg.varchar,
  role: USER_ROLE,
  clinic: pg.json<{ id: string; name: string }>(),
};

/** One account as the signed-in Viewer; row-level security applies on the app role. */
export const viewerById = statement({
  name: 'accounts.viewer',
  text: `SELECT ${VIEWER_COLUMNS} FROM app_user u ${joinClinic('c', 'u.clinic_id')} WHERE u.id = $1`,
  params: [pg.uuid],
  row: VIEWER_ROW,
});

/** The account signing in with this email, across clinics (owner connection). */
export const signInAccount = statement({
  name: 'accounts.signIn',
  text: `SELECT ${VIEWER_COLUMNS}, u.clinic_id AS "clinicId", u.password_hash AS "passwordHash", u.status
           FROM app_user u ${joinClinic('c', 'u.clinic_id')} WHERE u.email = $1`,
  params: [pg.text],
  row: { ...VIEWER_ROW, clinicId: pg.uuid, passwordHash: pg.varchar, status: STATUS },
});
