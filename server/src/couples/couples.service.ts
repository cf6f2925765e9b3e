import { Injectable } from '@nestjs/common';
import { Role } from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import type { Action } from '../access/actions';
import { escapeLike } from '../common/escape-like';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { conflict, notFound } from '../graphql/errors';
import { announceAccessChange } from '../live/access-change';
import { CoupleStatus } from './couple.entity';
import * as queries from './couples.queries';
import {
  CareTeamInput,
  CoupleFilterInput,
  CreateCoupleInput,
  UpdateCoupleInput,
} from './dto/couple.inputs';
import { CoupleModel, CouplePageModel } from './models/couple.model';
import { MyCoupleModel } from './models/my-couple.model';

@Injectable()
export class CouplesService {
  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
  ) {}

  /** The couples the actor reaches (the policy decides: admins all, counselors their care teams). */
  async list(filter: CoupleFilterInput, { limit, offset }: PageArgs): Promise<CouplePageModel> {
    const params = [
      ...this.policy.reach(),
      filter.status ?? null,
      filter.search ? escapeLike(filter.search) : null,
    ] as const;
    const items = await this.sql.rows(queries.couplePage, [...params, limit, offset]);
    const { total } = await this.sql.one(queries.coupleCount, [...params]);
    return { items, totalCount: total };
  }

  async get(id: string): Promise<CoupleModel> {
    await this.policy.couple(id, 'couple.read');
    return this.find(id);
  }

  async create(input: CreateCoupleInput): Promise<CoupleModel> {
    const actor = this.context.requiredActor;
    const clients = await this.sql.rows(queries.activeAccountsAmong, [
      input.partnerIds,
      Role.CLIENT,
    ]);
    // A client of another clinic is invisible here, and answers like a missing one.
    if (clients.length !== 2) {
      const found = new Set(clients.map((client) => client.id));
      this.policy.denied(
        'couple.create',
        'account',
        ...input.partnerIds.filter((id) => !found.has(id)),
      );
      throw notFound('client', 'Choose two active clients of your clinic.');
    }
    await this.assertCounselors(input.careTeam, 'couple.create');
    const { id } = await this.sql.one(queries.insertCouple, [
      actor.clinicId,
      input.name,
      input.confidentialityPolicy,
    ]);
    await this.addPartners(id, input.partnerIds);
    await this.writeCareTeam(id, input.careTeam);
    this.policy.created('couple.create', id, input.partnerIds);
    return this.find(id);
  }

  async update(input: UpdateCoupleInput): Promise<CoupleModel> {
    await this.policy.couple(input.id, 'couple.update');
    const updated = await this.sql.execute(queries.updateCouple, [
      input.id,
      input.name ?? null,
      input.confidentialityPolicy ?? null,
      input.version,
    ]);
    if (!updated)
      throw conflict(
        'Someone else changed this couple since you opened it. Reload it and try again.',
      );
    return this.find(input.id);
  }

  async setCareTeam(coupleId: string, careTeam: CareTeamInput): Promise<CoupleModel> {
    await this.policy.couple(coupleId, 'couple.care_team');
    await this.assertCounselors(careTeam, 'couple.care_team');
    await this.sql.execute(queries.deleteCareTeam, [coupleId]);
    await this.writeCareTeam(coupleId, careTeam);
    await this.sql.execute(queries.bumpCoupleVersion, [coupleId]);
    await this.announce(coupleId);
    return this.find(coupleId);
  }

  /** The care team decides whether the partners see each other's check-in scores. */
  async setScoreSharing(coupleId: string, shared: boolean): Promise<CoupleModel> {
    await this.policy.couple(coupleId, 'couple.score_sharing');
    await this.sql.execute(queries.setScoreSharing, [coupleId, shared]);
    return this.find(coupleId);
  }

  /** Ends care: the partners become free to join another couple; history stays. */
  async discharge(id: string): Promise<CoupleModel> {
    await this.policy.couple(id, 'couple.discharge');
    const changed = await this.sql.execute(queries.changeCoupleStatus, [
      id,
      CoupleStatus.ACTIVE,
      CoupleStatus.DISCHARGED,
    ]);
    if (!changed) throw conflict('This couple is already discharged.');
    await this.sql.execute(queries.partnersLeave, [id]);
    await this.announce(id);
    return this.find(id);
  }

  async reopen(id: string): Promise<CoupleModel> {
    await this.policy.couple(id, 'couple.reopen');
    const changed = await this.sql.execute(queries.changeCoupleStatus, [
      id,
      CoupleStatus.DISCHARGED,
      CoupleStatus.ACTIVE,
    ]);
    if (!changed) throw conflict('This couple is already in care.');
    await this.translateUniqueViolation(() => this.sql.execute(queries.partnersRejoin, [id]));
    await this.announce(id);
    return this.find(id);
  }

  /** The client's active couple with the partner and care team, or null. */
  async myCouple(): Promise<MyCoupleModel | null> {
    const clientId = this.context.requiredActor.userId;
    const row = await this.sql.maybeOne(queries.myCouple, [clientId]);
    if (!row?.partner) return null;
    this.policy.used('couple.read', [clientId, row.partner.id], row.id);
    return { ...row, partner: row.partner };
  }

  private async find(id: string): Promise<CoupleModel> {
    return this.sql.one(queries.coupleById, [id]);
  }

  /** Live subscriptions that follow this couple check their access again once this commits. */
  private announce(coupleId: string): Promise<void> {
    return announceAccessChange(this.sql, {
      clinicId: this.context.requiredActor.clinicId,
      coupleIds: [coupleId],
    });
  }

  private async assertCounselors(
    { primaryCounselorId, otherCounselorIds }: CareTeamInput,
    action: Action,
  ) {
    const ids = [
      primaryCounselorId,
      ...otherCounselorIds.filter((id) => id !== primaryCounselorId),
    ];
    const found = await this.sql.rows(queries.activeAccountsAmong, [ids, Role.COUNSELOR]);
    if (found.length !== ids.length) {
      const reached = new Set(found.map((row) => row.id));
      this.policy.denied(action, 'account', ...ids.filter((id) => !reached.has(id)));
      throw notFound('counselor', 'Choose active counselors of your clinic for the care team.');
    }
  }

  private async addPartners(coupleId: string, partnerIds: string[]) {
    const clinicId = this.context.requiredActor.clinicId;
    await this.translateUniqueViolation(() =>
      this.sql.execute(queries.insertPartners, [coupleId, partnerIds, clinicId]),
    );
  }

  private async writeCareTeam(
    coupleId: string,
    { primaryCounselorId, otherCounselorIds }: CareTeamInput,
  ) {
    const others = otherCounselorIds.filter((id) => id !== primaryCounselorId);
    await this.sql.execute(queries.insertCareTeam, [
      coupleId,
      [primaryCounselorId, ...others],
      this.context.requiredActor.clinicId,
      primaryCounselorId,
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
