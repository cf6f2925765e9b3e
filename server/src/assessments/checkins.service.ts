import { Injectable } from '@nestjs/common';
import {
  CHECKIN_INSTRUMENT,
  CheckinForm,
  checkinAnswerProblems,
  instrumentVersion,
  isStraightLined,
  itemsOf,
  type ItemAnswer,
} from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { badUserInput, conflict, notFound } from '../graphql/errors';
import { ActivityKind } from '../live/activity-event';
import { PgPubSub } from '../live/pg-pubsub';
import { SafetyService } from '../safety/safety.service';
import { TodoList } from '../assignments/todo-list';
import { ScheduleCheckinsInput, SaveCheckinInput, SubmitCheckinInput } from './dto/checkin.inputs';
import { CHECKIN_OPENED, CHECKIN_STATUS } from './checkin-sql';
import { insertCheckinScores } from './checkin-scores';
import { ScoreKeyName } from './checkin-score.entity';
import {
  CheckinDetailModel,
  CheckinScheduleModel,
  CheckinTodoPageModel,
} from './models/checkin.models';

const DAY_MS = 86_400_000;
const MAX_WEEKS = 52;

const SCHEDULE_COLUMNS = `s.id, s.form, s.every_weeks AS "everyWeeks", s.created_at AS "createdAt",
  s.cancelled_at AS "cancelledAt",
  (SELECT min(k.due_at) FROM checkin k WHERE k.schedule_id = s.id AND k.due_at > now() AND k.closed_at IS NULL
                                                           AND k.submitted_at IS NULL) AS "nextDueAt",
  (SELECT count(*)::int FROM checkin k WHERE k.schedule_id = s.id AND k.submitted_at IS NOT NULL) AS "takenCount"`;

const LISTS: Record<TodoList, { where: string; order: string }> = {
  [TodoList.OPEN]: {
    where: `k.submitted_at IS NULL AND k.closed_at IS NULL AND ${CHECKIN_OPENED}`,
    order: 'k.due_at, k.id',
  },
  [TodoList.DONE]: { where: 'k.submitted_at IS NOT NULL', order: 'k.submitted_at DESC, k.id' },
};

/**
 * Check-ins: the care team schedules them, each partner takes their own (a draft that
 * autosaves, then one submit), and the scores are computed with the shared scoring function
 * and stored one row per key. Item answers are for the partner and the care team only.
 */
@Injectable()
export class CheckinsService {
  constructor(
    private readonly context: RequestContext,
    private readonly policy: AccessPolicy,
    private readonly audit: AuditService,
    private readonly live: PgPubSub,
    private readonly safety: SafetyService,
  ) {}

  async schedule(input: ScheduleCheckinsInput): Promise<CheckinScheduleModel> {
    const scope = await this.policy.couple(input.coupleId, 'checkin.schedule');
    const start = input.startsAt.getTime();
    const problem =
      start <= Date.now()
        ? 'Choose a first due date in the future.'
        : input.until.getTime() < start
          ? 'The last date must come after the first.'
          : input.until.getTime() > start + MAX_WEEKS * 7 * DAY_MS
            ? `Check-ins can be scheduled at most ${MAX_WEEKS} weeks ahead.`
            : null;
    if (problem) throw badUserInput(problem, { startsAt: [problem] });
    const dates: string[] = [];
    for (let at = start; at <= input.until.getTime(); at += input.everyWeeks * 7 * DAY_MS) {
      dates.push(new Date(at).toISOString());
    }
    const actor = this.context.requiredActor;
    const manager = this.context.manager;
    const [{ id }] = await manager.query(
      `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [actor.clinicId, input.coupleId, input.form, input.everyWeeks, actor.userId],
    );
    await manager.query(
      `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at)
       SELECT $1, $2, $3, p.client_id, $4, $5, d.due_at
         FROM unnest($6::timestamptz[]) AS d(due_at)
         JOIN couple_partner p ON p.couple_id = $3 AND p.left_at IS NULL`,
      [actor.clinicId, id, input.coupleId, input.form, CHECKIN_INSTRUMENT.version, dates],
    );
    this.audit.record({
      action: 'checkin.schedule',
      entityType: 'couple',
      entityId: input.coupleId,
      clientIds: scope.clientIds,
    });
    return this.oneSchedule(id);
  }

  async cancel(scheduleId: string): Promise<CheckinScheduleModel> {
    const scope = await this.policy.checkinSchedule(scheduleId, 'checkin.cancel');
    if (scope.cancelled) throw conflict('These check-ins are already cancelled.');
    await this.context.manager.query(
      'UPDATE checkin_schedule SET cancelled_at = now() WHERE id = $1',
      [scheduleId],
    );
    await this.context.manager.query(
      'UPDATE checkin SET closed_at = now() WHERE schedule_id = $1 AND submitted_at IS NULL AND closed_at IS NULL',
      [scheduleId],
    );
    this.audit.record({
      action: 'checkin.cancel',
      entityType: 'couple',
      entityId: scope.coupleId,
      clientIds: scope.clientIds,
    });
    return this.oneSchedule(scheduleId);
  }

  async schedulesOf(coupleId: string): Promise<CheckinScheduleModel[]> {
    await this.policy.couple(coupleId, 'checkin.list');
    return this.context.manager.query(
      `SELECT ${SCHEDULE_COLUMNS} FROM checkin_schedule s WHERE s.couple_id = $1 ORDER BY s.created_at DESC LIMIT 50`,
      [coupleId],
    );
  }

  async mine(list: TodoList, { limit, offset }: PageArgs): Promise<CheckinTodoPageModel> {
    const clientId = this.context.requiredActor.userId;
    const { where, order } = LISTS[list];
    const manager = this.context.manager;
    const items = await manager.query(
      `SELECT k.id, k.form, k.due_at AS "dueAt", ${CHECKIN_STATUS} AS status, k.submitted_at AS "submittedAt"
         FROM checkin k WHERE k.client_id = $1 AND ${where} ORDER BY ${order} LIMIT $2 OFFSET $3`,
      [clientId, limit, offset],
    );
    const [{ total }] = await manager.query(
      `SELECT count(*)::int AS total FROM checkin k WHERE k.client_id = $1 AND ${where}`,
      [clientId],
    );
    return { items, totalCount: total };
  }

  /** The check-in with the items of the instrument version it was scheduled on. */
  async get(id: string): Promise<CheckinDetailModel> {
    const row = await this.own(id, 'checkin.read');
    const instrument = instrumentVersion(row.instrumentVersion);
    const items = itemsOf(instrument, row.form as unknown as CheckinForm);
    return {
      ...row,
      items: items.map(({ key, text, dimension }) => ({
        key,
        text,
        dimension: dimension as unknown as ScoreKeyName,
      })),
      safetyItems: instrument.safetyItems.map(({ key, text }) => ({ key, text })),
      scale: { ...instrument.scale, labels: [...instrument.scale.labels] },
    };
  }

  async saveDraft(input: SaveCheckinInput): Promise<CheckinDetailModel> {
    const row = await this.answerable(input.checkinId, 'checkin.draft');
    this.reject(
      checkinAnswerProblems(
        instrumentVersion(row.instrumentVersion),
        row.form as unknown as CheckinForm,
        input.answers,
        { complete: false },
      ),
    );
    const [rows] = await this.context.manager.query(
      `UPDATE checkin SET answers = $2, updated_at = now() WHERE id = $1 AND submitted_at IS NULL RETURNING id`,
      [input.checkinId, JSON.stringify(this.stored(input.answers))],
    );
    if (!rows.length) throw conflict('You already submitted this check-in.');
    return this.get(input.checkinId);
  }

  async submit(input: SubmitCheckinInput): Promise<CheckinDetailModel> {
    const row = await this.own(input.checkinId, 'checkin.submit');
    if (row.submittedAt) {
      if (row.idempotencyKey === input.idempotencyKey) return this.get(input.checkinId);
      throw conflict('You already submitted this check-in.');
    }
    if (row.closedAt)
      throw conflict('Your counselor cancelled this check-in; it takes no answers now.');
    const form = row.form as unknown as CheckinForm;
    const instrument = instrumentVersion(row.instrumentVersion);
    this.reject(checkinAnswerProblems(instrument, form, input.answers, { complete: true }));
    const manager = this.context.manager;
    const [updated] = await manager.query(
      `UPDATE checkin SET answers = $2, updated_at = now(), submitted_at = now(), idempotency_key = $3,
              straight_lined = $4
        WHERE id = $1 AND submitted_at IS NULL RETURNING submitted_at AS "submittedAt"`,
      [
        input.checkinId,
        JSON.stringify(this.stored(input.answers)),
        input.idempotencyKey,
        isStraightLined(instrument, form, input.answers),
      ],
    );
    if (!updated.length) {
      // A retry racing this one: the first to commit wins, the same key gets its result.
      const again = await this.own(input.checkinId, 'checkin.submit');
      if (again.idempotencyKey === input.idempotencyKey) return this.get(input.checkinId);
      throw conflict('You already submitted this check-in.');
    }
    await insertCheckinScores(manager, {
      checkinId: input.checkinId,
      clinicId: row.clinicId,
      coupleId: row.coupleId,
      clientId: row.clientId,
      takenAt: updated[0].submittedAt,
      form,
      instrumentVersion: row.instrumentVersion,
      answers: input.answers,
    });
    // Safety answers are never scored; a concern is raised here, in the same transaction.
    await this.safety.raiseIfConcerning(input.checkinId, input.answers);
    await this.live.publish({
      kind: ActivityKind.CHECKIN_SUBMITTED,
      coupleId: row.coupleId,
      clientId: row.clientId,
    });
    this.audit.record({
      action: 'checkin.submit',
      entityType: 'checkin',
      entityId: input.checkinId,
      clientIds: [row.clientId],
    });
    return this.get(input.checkinId);
  }

  private async answerable(id: string, action: string) {
    const row = await this.own(id, action);
    if (row.submittedAt) throw conflict('You already submitted this check-in.');
    if (row.closedAt)
      throw conflict('Your counselor cancelled this check-in; it takes no answers now.');
    return row;
  }

  /** A check-in of the signed-in client that is open for answers by now, or NOT_FOUND. */
  private async own(id: string, action: string) {
    const clientId = this.context.requiredActor.userId;
    const [row] = await this.context.manager.query(
      `SELECT k.id, k.form, k.due_at AS "dueAt", ${CHECKIN_STATUS} AS status, k.submitted_at AS "submittedAt",
              k.answers, k.updated_at AS "updatedAt", k.closed_at AS "closedAt",
              k.idempotency_key AS "idempotencyKey", k.clinic_id AS "clinicId", k.couple_id AS "coupleId",
              k.client_id AS "clientId", k.instrument_version AS "instrumentVersion",
              k.straight_lined AS "straightLined"
         FROM checkin k WHERE k.id = $1 AND k.client_id = $2 AND ${CHECKIN_OPENED}`,
      [id, clientId],
    );
    if (!row) {
      this.audit.record({
        action,
        entityType: 'checkin',
        entityId: id,
        outcome: AuditOutcome.DENIED,
      });
      throw notFound('check-in');
    }
    this.audit.record({ action, entityType: 'checkin', entityId: id, clientIds: [clientId] });
    return row;
  }

  private reject(problems: string[]) {
    if (problems.length)
      throw badUserInput(`This check-in cannot be saved. ${problems[0]}`, { answers: problems });
  }

  private stored(answers: readonly ItemAnswer[]): ItemAnswer[] {
    return answers.map(({ itemKey, value }) => ({ itemKey, value }));
  }

  private async oneSchedule(id: string): Promise<CheckinScheduleModel> {
    const [row] = await this.context.manager.query(
      `SELECT ${SCHEDULE_COLUMNS} FROM checkin_schedule s WHERE s.id = $1`,
      [id],
    );
    return row;
  }
}
