import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { AuditService } from '../audit/audit.service';
import { escapeLike } from '../common/escape-like';
import { PageArgs } from '../common/page.args';
import { SqlFilter } from '../common/sql-filter';
import { RequestContext } from '../context/request-context';
import { conflict, notFound } from '../graphql/errors';
import { announceAccessChange } from '../live/access-change';
import {
  CareTeamInput,
  CoupleFilterInput,
  CreateCoupleInput,
  UpdateCoupleInput,
} from './dto/couple.inputs';
import { CoupleModel, CouplePageModel } from './models/couple.model';
import { MyCoupleModel } from './models/my-couple.model';

/** Active partners of a couple `c`, as a JSON array, for set-based reads. */
export const PARTNERS_OF_COUPLE = `(
  SELECT coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
                           ORDER BY u.display_name), '[]')
    FROM couple_partner cp JOIN app_user u ON u.id = cp.client_id
   WHERE cp.couple_id = c.id AND (cp.left_at IS NULL OR c.status = 'DISCHARGED'))`;

/** The care team of a couple `c`, primary first, as a JSON array. */
const CARE_TEAM_OF_COUPLE = `(
  SELECT coalesce(json_agg(json_build_object('counselorId', u.id, 'displayName', u.display_name,
                                             'isPrimary', t.is_primary)
                           ORDER BY t.is_primary DESC, u.display_name), '[]')
    FROM care_team_member t JOIN app_user u ON u.id = t.counselor_id
   WHERE t.couple_id = c.id)`;

const COUPLE_COLUMNS = `c.id, c.name, c.status, c.confidentiality_policy AS "confidentialityPolicy",
  c.share_scores AS "shareScores",
  c.in_care_since AS "inCareSince", c.version, ${PARTNERS_OF_COUPLE} AS partners,
  ${CARE_TEAM_OF_COUPLE} AS "careTeam"`;

@Injectable()
export class CouplesService {
  constructor(
    private readonly context: RequestContext,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
  ) {}

  /** Admins see every couple of the clinic, counselors those on their care team. */
  async list(filter: CoupleFilterInput, { limit, offset }: PageArgs): Promise<CouplePageModel> {
    const actor = this.context.requiredActor;
    const filterSql = new SqlFilter();
    if (actor.role === 'COUNSELOR') {
      filterSql.add(
        'EXISTS (SELECT 1 FROM care_team_member t WHERE t.couple_id = c.id AND t.counselor_id = ?)',
        actor.userId,
      );
    }
    if (filter.status) filterSql.add('c.status = ?', filter.status);
    if (filter.search) {
      filterSql.add(
        `(c.name ILIKE '%' || ? || '%' OR EXISTS (SELECT 1 FROM couple_partner p JOIN app_user u ON u.id = p.client_id
           WHERE p.couple_id = c.id AND u.display_name ILIKE '%' || ? || '%'))`,
        escapeLike(filter.search),
      );
    }
    const page = filterSql.page(limit, offset);
    const manager = this.context.manager;
    const items = await manager.query(
      `SELECT ${COUPLE_COLUMNS} FROM couple c ${filterSql.where}
        ORDER BY c.status, c.name, c.id ${page.sql}`,
      page.values,
    );
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM couple c ${filterSql.where}`,
      filterSql.values,
    );
    return { items, totalCount: total };
  }

  async get(id: string): Promise<CoupleModel> {
    const scope = await this.policy.couple(id, 'couple.read');
    this.audit.record({
      action: 'couple.read',
      entityType: 'couple',
      entityId: id,
      clientIds: scope.clientIds,
    });
    return this.find(id);
  }

  async create(input: CreateCoupleInput): Promise<CoupleModel> {
    const actor = this.context.requiredActor;
    const manager = this.context.manager;
    const clients = await manager.query(
      `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND role = 'CLIENT' AND status = 'ACTIVE'`,
      [input.partnerIds],
    );
    // A client of another clinic is invisible here, and answers like a missing one.
    if (clients.length !== 2) {
      const found = new Set(clients.map((client: { id: string }) => client.id));
      this.audit.denied(
        'couple.create',
        'account',
        ...input.partnerIds.filter((id) => !found.has(id)),
      );
      throw notFound('client', 'Choose two active clients of your clinic.');
    }
    await this.assertCounselors(input.careTeam, 'couple.create');
    const [{ id }] = await manager.query(
      `INSERT INTO couple (clinic_id, name, confidentiality_policy, in_care_since, version)
       VALUES ($1, $2, $3, now(), 1) RETURNING id`,
      [actor.clinicId, input.name, input.confidentialityPolicy],
    );
    await this.addPartners(id, input.partnerIds);
    await this.writeCareTeam(id, input.careTeam);
    this.audit.record({
      action: 'couple.create',
      entityType: 'couple',
      entityId: id,
      clientIds: input.partnerIds,
    });
    return this.find(id);
  }

  async update(input: UpdateCoupleInput): Promise<CoupleModel> {
    const scope = await this.policy.couple(input.id, 'couple.update');
    const [rows] = await this.context.manager.query(
      `UPDATE couple SET name = coalesce($2, name), confidentiality_policy = coalesce($3, confidentiality_policy),
              version = version + 1
        WHERE id = $1 AND version = $4 RETURNING id`,
      [input.id, input.name ?? null, input.confidentialityPolicy ?? null, input.version],
    );
    if (!rows.length)
      throw conflict(
        'Someone else changed this couple since you opened it. Reload it and try again.',
      );
    this.audit.record({
      action: 'couple.update',
      entityType: 'couple',
      entityId: input.id,
      clientIds: scope.clientIds,
    });
    return this.find(input.id);
  }

  async setCareTeam(coupleId: string, careTeam: CareTeamInput): Promise<CoupleModel> {
    const scope = await this.policy.couple(coupleId, 'couple.care_team');
    await this.assertCounselors(careTeam, 'couple.care_team');
    await this.context.manager.query('DELETE FROM care_team_member WHERE couple_id = $1', [
      coupleId,
    ]);
    await this.writeCareTeam(coupleId, careTeam);
    await this.bumpVersion(coupleId);
    await this.announce(coupleId);
    this.audit.record({
      action: 'couple.care_team',
      entityType: 'couple',
      entityId: coupleId,
      clientIds: scope.clientIds,
    });
    return this.find(coupleId);
  }

  /** The care team decides whether the partners see each other's check-in scores. */
  async setScoreSharing(coupleId: string, shared: boolean): Promise<CoupleModel> {
    const scope = await this.policy.couple(coupleId, 'couple.score_sharing');
    await this.context.manager.query('UPDATE couple SET share_scores = $2 WHERE id = $1', [
      coupleId,
      shared,
    ]);
    this.audit.record({
      action: 'couple.score_sharing',
      entityType: 'couple',
      entityId: coupleId,
      clientIds: scope.clientIds,
    });
    return this.find(coupleId);
  }

  /** Ends care: the partners become free to join another couple; history stays. */
  async discharge(id: string): Promise<CoupleModel> {
    const scope = await this.policy.couple(id, 'couple.discharge');
    const manager = this.context.manager;
    const [rows] = await manager.query(
      `UPDATE couple SET status = 'DISCHARGED', version = version + 1 WHERE id = $1 AND status = 'ACTIVE' RETURNING id`,
      [id],
    );
    if (!rows.length) throw conflict('This couple is already discharged.');
    await manager.query(
      'UPDATE couple_partner SET left_at = now() WHERE couple_id = $1 AND left_at IS NULL',
      [id],
    );
    await this.announce(id);
    this.audit.record({
      action: 'couple.discharge',
      entityType: 'couple',
      entityId: id,
      clientIds: scope.clientIds,
    });
    return this.find(id);
  }

  async reopen(id: string): Promise<CoupleModel> {
    const scope = await this.policy.couple(id, 'couple.reopen');
    const manager = this.context.manager;
    const [rows] = await manager.query(
      `UPDATE couple SET status = 'ACTIVE', version = version + 1 WHERE id = $1 AND status = 'DISCHARGED' RETURNING id`,
      [id],
    );
    if (!rows.length) throw conflict('This couple is already in care.');
    await this.translateUniqueViolation(() =>
      manager.query('UPDATE couple_partner SET left_at = NULL WHERE couple_id = $1', [id]),
    );
    await this.announce(id);
    this.audit.record({
      action: 'couple.reopen',
      entityType: 'couple',
      entityId: id,
      clientIds: scope.clientIds,
    });
    return this.find(id);
  }

  /** The client's active couple with the partner and care team, or null. */
  async myCouple(): Promise<MyCoupleModel | null> {
    const clientId = this.context.requiredActor.userId;
    const [row] = await this.context.manager.query(
      `SELECT c.id, c.name, c.confidentiality_policy AS "confidentialityPolicy", c.share_scores AS "shareScores",
              (SELECT json_build_object('id', u.id, 'displayName', u.display_name)
                 FROM couple_partner other JOIN app_user u ON u.id = other.client_id
                WHERE other.couple_id = c.id AND other.client_id <> $1 AND other.left_at IS NULL
                LIMIT 1) AS partner,
              ${CARE_TEAM_OF_COUPLE} AS "careTeam"
         FROM couple_partner me JOIN couple c ON c.id = me.couple_id
        WHERE me.client_id = $1 AND me.left_at IS NULL AND c.status = 'ACTIVE'`,
      [clientId],
    );
    if (!row?.partner) return null;
    this.audit.record({
      action: 'couple.read',
      entityType: 'couple',
      entityId: row.id,
      clientIds: [clientId, row.partner.id],
    });
    return row;
  }

  private async find(id: string): Promise<CoupleModel> {
    const [row] = await this.context.manager.query(
      `SELECT ${COUPLE_COLUMNS} FROM couple c WHERE c.id = $1`,
      [id],
    );
    return row;
  }

  /** Live subscriptions that follow this couple check their access again once this commits. */
  private announce(coupleId: string): Promise<void> {
    return announceAccessChange(this.context.manager, {
      clinicId: this.context.requiredActor.clinicId,
      coupleIds: [coupleId],
    });
  }

  private async assertCounselors(
    { primaryCounselorId, otherCounselorIds }: CareTeamInput,
    action: string,
  ) {
    const ids = [
      primaryCounselorId,
      ...otherCounselorIds.filter((id) => id !== primaryCounselorId),
    ];
    const found: Array<{ id: string }> = await this.context.manager.query(
      `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND role = 'COUNSELOR' AND status = 'ACTIVE'`,
      [ids],
    );
    if (found.length !== ids.length) {
      const reached = new Set(found.map((row) => row.id));
      this.audit.denied(action, 'account', ...ids.filter((id) => !reached.has(id)));
      throw notFound('counselor', 'Choose active counselors of your clinic for the care team.');
    }
  }

  private async addPartners(coupleId: string, partnerIds: string[]) {
    const actor = this.context.requiredActor;
    await this.translateUniqueViolation(() =>
      this.context.manager.query(
        `INSERT INTO couple_partner (couple_id, client_id, clinic_id) SELECT $1, unnest($2::uuid[]), $3`,
        [coupleId, partnerIds, actor.clinicId],
      ),
    );
  }

  private async writeCareTeam(
    coupleId: string,
    { primaryCounselorId, otherCounselorIds }: CareTeamInput,
  ) {
    const others = otherCounselorIds.filter((id) => id !== primaryCounselorId);
    await this.context.manager.query(
      `INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary)
       SELECT $1, counselor, $3, counselor = $4 FROM unnest($2::uuid[]) AS counselor`,
      [
        coupleId,
        [primaryCounselorId, ...others],
        this.context.requiredActor.clinicId,
        primaryCounselorId,
      ],
    );
  }

  private async bumpVersion(coupleId: string) {
    await this.context.manager.query('UPDATE couple SET version = version + 1 WHERE id = $1', [
      coupleId,
    ]);
  }

  /** One active couple per client is a database rule; say so in words. */
  private async translateUniqueViolation<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (
        (error as { constraint?: string }).constraint === 'couple_partner_one_active_couple_key'
      ) {
        throw conflict(
          'One of these clients is already in an active couple. Discharge that couple first.',
        );
      }
      throw error;
    }
  }
}
