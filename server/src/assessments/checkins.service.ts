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
import type { Action } from '../access/actions';
import { PageArgs } from '../common/page.args';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { badUserInput, conflict } from '../graphql/errors';
import { ActivityKind } from '../live/activity-event';
import { PgPubSub } from '../live/pg-pubsub';
import { SafetyService } from '../safety/safety.service';
import { TodoList } from '../assignments/todo-list';
import { ScheduleCheckinsInput, SaveCheckinInput, SubmitCheckinInput } from './dto/checkin.inputs';
import { insertCheckinScores } from './checkin-scores';
import {
  cancelSchedule,
  closeOpenCheckins,
  insertCheckins,
  insertSchedule,
  MY_CHECKINS,
  checkinById,
  saveDraftAnswers,
  scheduleById,
  schedulesOfCouple,
  submitAnswers,
} from './checkins.queries';
import { ScoreKeyName } from './checkin-score.entity';
import {
  CheckinDetailModel,
  CheckinScheduleModel,
  CheckinTodoPageModel,
} from './models/checkin.models';

const DAY_MS = 86_400_000;
const MAX_WEEKS = 52;

/**
 * Check-ins: the care team schedules them, each partner takes their own (a draft that
 * autosaves, then one submit), and the scores are computed with the shared scoring function
 * and stored one row per key. Item answers are for the partner and the care team only.
 */
@Injectable()
export class CheckinsService {
  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly live: PgPubSub,
    private readonly safety: SafetyService,
  ) {}

  async schedule(input: ScheduleCheckinsInput): Promise<CheckinScheduleModel> {
    await this.policy.couple(input.coupleId, 'checkin.schedule');
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
    const dates: Date[] = [];
    for (let at = start; at <= input.until.getTime(); at += input.everyWeeks * 7 * DAY_MS) {
      dates.push(new Date(at));
    }
    const actor = this.context.requiredActor;
    const { id } = await this.sql.one(insertSchedule, [
      actor.clinicId,
      input.coupleId,
      input.form,
      input.everyWeeks,
      actor.userId,
    ]);
    await this.sql.execute(insertCheckins, [
      actor.clinicId,
      id,
      input.coupleId,
      input.form,
      CHECKIN_INSTRUMENT.version,
      dates,
    ]);
    return this.oneSchedule(id);
  }

  async cancel(scheduleId: string): Promise<CheckinScheduleModel> {
    const scope = await this.policy.checkinSchedule(scheduleId, 'checkin.cancel');
    if (scope.cancelled) throw conflict('These check-ins are already cancelled.');
    await this.sql.execute(cancelSchedule, [scheduleId]);
    await this.sql.execute(closeOpenCheckins, [scheduleId]);
    return this.oneSchedule(scheduleId);
  }

  async schedulesOf(coupleId: string): Promise<CheckinScheduleModel[]> {
    await this.policy.couple(coupleId, 'checkin.list');
    return this.sql.rows(schedulesOfCouple, [coupleId]);
  }

  async mine(list: TodoList, { limit, offset }: PageArgs): Promise<CheckinTodoPageModel> {
    const clientId = this.context.requiredActor.userId;
    const statements = MY_CHECKINS[list];
    const items = await this.sql.rows(statements.items, [clientId, limit, offset]);
    const { total } = await this.sql.one(statements.total, [clientId]);
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
    const saved = await this.sql.execute(saveDraftAnswers, [
      input.checkinId,
      JSON.stringify(this.stored(input.answers)),
    ]);
    if (saved === 0) throw conflict('You already submitted this check-in.');
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
    const updated = await this.sql.maybeOne(submitAnswers, [
      input.checkinId,
      JSON.stringify(this.stored(input.answers)),
      input.idempotencyKey,
      isStraightLined(instrument, form, input.answers),
    ]);
    if (!updated) {
      // A retry racing this one: the first to commit wins, the same key gets its result.
      const again = await this.own(input.checkinId, 'checkin.submit');
      if (again.idempotencyKey === input.idempotencyKey) return this.get(input.checkinId);
      throw conflict('You already submitted this check-in.');
    }
    await insertCheckinScores(this.sql, {
      checkinId: input.checkinId,
      clinicId: row.clinicId,
      coupleId: row.coupleId,
      clientId: row.clientId,
      takenAt: updated.submittedAt,
      form,
      instrumentVersion: row.instrumentVersion,
      answers: input.answers,
    });
    // Safety answers are never scored; a concern is raised here, in the same transaction.
    await this.safety.raiseIfConcerning(
      {
        id: input.checkinId,
        clinicId: row.clinicId,
        coupleId: row.coupleId,
        clientId: row.clientId,
        instrumentVersion: row.instrumentVersion,
      },
      input.answers,
    );
    await this.live.publish({
      kind: ActivityKind.CHECKIN_SUBMITTED,
      coupleId: row.coupleId,
      clientId: row.clientId,
    });
    return this.get(input.checkinId);
  }

  private async answerable(id: string, action: Action) {
    const row = await this.own(id, action);
    if (row.submittedAt) throw conflict('You already submitted this check-in.');
    if (row.closedAt)
      throw conflict('Your counselor cancelled this check-in; it takes no answers now.');
    return row;
  }

  /** A check-in of the signed-in client that is open for answers by now, or NOT_FOUND. */
  private async own(id: string, action: Action) {
    await this.policy.ownCheckin(id, action);
    return this.sql.one(checkinById, [id]);
  }

  private reject(problems: string[]) {
    if (problems.length)
      throw badUserInput(`This check-in cannot be saved. ${problems[0]}`, { answers: problems });
  }

  private stored(answers: readonly ItemAnswer[]): ItemAnswer[] {
    return answers.map(({ itemKey, value }) => ({ itemKey, value }));
  }

  private oneSchedule(id: string): Promise<CheckinScheduleModel> {
    return this.sql.one(scheduleById, [id]);
  }
}
