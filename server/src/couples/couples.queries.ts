import { coupleInReach } from '../access/access.queries';
import { isActiveAccount, joinAccount, roleOf, USER_ROLE } from '../accounts/accounts.queries';
import { pg, statement } from '../database/sql';
import type { ConfidentialityPolicy, CoupleStatus } from './couple.entity';
import { isPartnerOnRecord } from './membership.queries';
import type { CareTeamMemberModel } from './models/my-couple.model';
import type { PartnerModel } from './models/partner.model';

/*
 * The couples module owns `couple`, `couple_partner`, `care_team_member` and `care_episode`.
 * Set-based reads of other modules take a couple's partners, care team or name search with
 * their names from the fragments below; the fragments that need no account are in
 * membership.queries.ts.
 */

/** Active partners of a couple `c` (all of them once it is discharged), as a JSON array. */
export const PARTNERS_OF_COUPLE = `(
  SELECT coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
                           ORDER BY u.display_name), '[]')
    FROM couple_partner cp ${joinAccount('u', 'cp.client_id')}
   WHERE ${isPartnerOnRecord('cp', 'c')})`;

/** The care team of a couple `c`, primary first, as a JSON array. */
export const CARE_TEAM_OF_COUPLE = `(
  SELECT coalesce(json_agg(json_build_object('counselorId', u.id, 'displayName', u.display_name,
                                             'isPrimary', t.is_primary)
                           ORDER BY t.is_primary DESC, u.display_name), '[]')
    FROM care_team_member t ${joinAccount('u', 't.counselor_id')}
   WHERE t.couple_id = c.id)`;

/**
 * Whether couple `c`'s name, or the name of one of its partners, contains `pattern` (SQL text,
 * already LIKE-escaped).
 */
export const coupleNameMatches = (pattern: string) =>
  `(c.name ILIKE '%' || ${pattern} || '%' OR EXISTS (
      SELECT 1 FROM couple_partner p ${joinAccount('u', 'p.client_id')}
       WHERE p.couple_id = c.id AND u.display_name ILIKE '%' || ${pattern} || '%'))`;

/** Whether counselor `counselor` (SQL uuid) is the primary counselor of couple `c`. */
export const isPrimaryCounselorOf = (counselor: string) =>
  `EXISTS (SELECT 1 FROM care_team_member pt
            WHERE pt.couple_id = c.id AND pt.counselor_id = ${counselor} AND pt.is_primary)`;

const STATUS = pg.enum<CoupleStatus>('couple_status');
const POLICY = pg.enum<ConfidentialityPolicy>('confidentiality_policy');

const COUPLE_COLUMNS = `c.id, c.name, c.status, c.confidentiality_policy AS "confidentialityPolicy",
  c.share_scores AS "shareScores",
  c.in_care_since AS "inCareSince", c.version, ${PARTNERS_OF_COUPLE} AS partners,
  ${CARE_TEAM_OF_COUPLE} AS "careTeam"`;

const COUPLE_ROW = {
  id: pg.uuid,
  name: pg.varchar,
  status: STATUS,
  confidentialityPolicy: POLICY,
  shareScores: pg.bool,
  inCareSince: pg.timestamptz,
  version: pg.int4,
  partners: pg.json<PartnerModel[]>(),
  careTeam: pg.json<CareTeamMemberModel[]>(),
};

/**
 * The couples list: those the actor reaches ($1-$3, `AccessPolicy.reach()`), each filter off
 * when its parameter is null: status $4, a search $5 (LIKE-escaped) of the couple's or a
 * partner's name.
 */
const COUPLE_FILTER = `WHERE ${coupleInReach('c.id', { role: '$1', userId: '$2', bypassed: '$3' })}
    AND ($4::couple_status IS NULL OR c.status = $4)
    AND ($5::text IS NULL OR ${coupleNameMatches('$5')})`;
const FILTER_PARAMS = [USER_ROLE, pg.uuid, pg.bool, STATUS.orNull, pg.text.orNull] as const;

export const couplePage = statement({
  name: 'couples.page',
  text: `SELECT ${COUPLE_COLUMNS} FROM couple c ${COUPLE_FILTER}
          ORDER BY c.status, c.name, c.id LIMIT $6::int OFFSET $7::int`,
  params: [...FILTER_PARAMS, pg.int4, pg.int4],
  row: COUPLE_ROW,
});

export const coupleCount = statement({
  name: 'couples.count',
  text: `SELECT count(*)::int AS total FROM couple c ${COUPLE_FILTER}`,
  params: FILTER_PARAMS,
  row: { total: pg.int4 },
});

export const coupleById = statement({
  name: 'couples.byId',
  text: `SELECT ${COUPLE_COLUMNS} FROM couple c WHERE c.id = $1`,
  params: [pg.uuid],
  row: COUPLE_ROW,
});

/** Those of the ids that are active accounts of `role` in the clinic. */
export const activeAccountsAmong = statement({
  name: 'couples.activeAccountsAmong',
  text: `SELECT DISTINCT asked.id FROM unnest($1::uuid[]) AS asked(id)
          WHERE ${roleOf('asked.id')} = $2 AND ${isActiveAccount('asked.id')}`,
  params: [pg.uuidArray, USER_ROLE],
  row: { id: pg.uuid },
});

export const insertCouple = statement({
  name: 'couples.insert',
  text: `INSERT INTO couple (clinic_id, name, confidentiality_policy, in_care_since, version)
         VALUES ($1, $2, $3, now(), 1) RETURNING id`,
  params: [pg.uuid, pg.varchar, POLICY],
  row: { id: pg.uuid },
});

export const insertPartners = statement({
  name: 'couples.insertPartners',
  text: `INSERT INTO couple_partner (couple_id, client_id, clinic_id)
         SELECT $1, unnest($2::uuid[]), $3`,
  params: [pg.uuid, pg.uuidArray, pg.uuid],
});

/** The care team $2 (primary $4 among them) of couple $1 in clinic $3. */
export const insertCareTeam = statement({
  name: 'couples.insertCareTeam',
  text: `INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary)
         SELECT $1, counselor, $3, counselor = $4 FROM unnest($2::uuid[]) AS counselor`,
  params: [pg.uuid, pg.uuidArray, pg.uuid, pg.uuid],
});

export const deleteCareTeam = statement({
  name: 'couples.deleteCareTeam',
  text: 'DELETE FROM care_team_member WHERE couple_id = $1',
  params: [pg.uuid],
});

/** Renames and/or changes the policy (null keeps it) at the version its editor saw. */
export const updateCouple = statement({
  name: 'couples.update',
  text: `UPDATE couple SET name = coalesce($2, name), confidentiality_policy = coalesce($3, confidentiality_policy),
                version = version + 1
          WHERE id = $1 AND version = $4`,
  params: [pg.uuid, pg.varchar.orNull, POLICY.orNull, pg.int4],
});

export const bumpCoupleVersion = statement({
  name: 'couples.bumpVersion',
  text: 'UPDATE couple SET version = version + 1 WHERE id = $1',
  params: [pg.uuid],
});

export const setScoreSharing = statement({
  name: 'couples.setScoreSharing',
  text: 'UPDATE couple SET share_scores = $2 WHERE id = $1',
  params: [pg.uuid, pg.bool],
});

/** Moves couple $1 from status $2 to $3; touches nothing when it is not in $2. */
export const changeCoupleStatus = statement({
  name: 'couples.changeStatus',
  text: `UPDATE couple SET status = $3, version = version + 1 WHERE id = $1 AND status = $2`,
  params: [pg.uuid, STATUS, STATUS],
});

export const partnersLeave = statement({
  name: 'couples.partnersLeave',
  text: 'UPDATE couple_partner SET left_at = now() WHERE couple_id = $1 AND left_at IS NULL',
  params: [pg.uuid],
});

export const partnersRejoin = statement({
  name: 'couples.partnersRejoin',
  text: 'UPDATE couple_partner SET left_at = NULL WHERE couple_id = $1',
  params: [pg.uuid],
});

/** Client $1's active couple with the other partner (null if there is none) and care team. */
export const myCouple = statement({
  name: 'couples.mine',
  text: `SELECT c.id, c.name, c.confidentiality_policy AS "confidentialityPolicy", c.share_scores AS "shareScores",
                (SELECT json_build_object('id', u.id, 'displayName', u.display_name)
                   FROM couple_partner other ${joinAccount('u', 'other.client_id')}
                  WHERE other.couple_id = c.id AND other.client_id <> $1 AND other.left_at IS NULL
                  LIMIT 1) AS partner,
                ${CARE_TEAM_OF_COUPLE} AS "careTeam"
           FROM couple_partner me JOIN couple c ON c.id = me.couple_id
          WHERE me.client_id = $1 AND me.left_at IS NULL AND c.status = 'ACTIVE'`,
  params: [pg.uuid],
  row: {
    id: pg.uuid,
    name: pg.varchar,
    confidentialityPolicy: POLICY,
    shareScores: pg.bool,
    partner: pg.json<PartnerModel>().orNull,
    careTeam: pg.json<CareTeamMemberModel[]>(),
  },
});
