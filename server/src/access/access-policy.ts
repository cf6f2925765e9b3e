import { Injectable } from '@nestjs/common';
import { ExerciseMode, type Prompt, Role } from '@tandem/shared';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { RequestContext } from '../context/request-context';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { notFound } from '../graphql/errors';

export interface CoupleScope {
  id: string;
  clientIds: string[];
  /** Not discharged. */
  inCare: boolean;
}

/** A to-do of the signed-in client: one occurrence of an assignment given to them. */
export interface TodoScope {
  id: string;
  assignmentId: string;
  coupleId: string;
  mode: ExerciseMode;
  prompts: Prompt[];
  closed: boolean;
  /** Whether it can be answered yet: a recurring one opens when the one before is due. */
  opened: boolean;
  /** The other partner when the exercise is individual and given to both; otherwise null. */
  partnerId: string | null;
  clientIds: string[];
}

/** A submission the care team may read: submitted (drafts stay with their author). */
export interface SubmissionScope {
  id: string;
  occurrenceId: string;
  coupleId: string;
  /** The author; null for a joint submission. */
  clientId: string | null;
  clientIds: string[];
}

/** A session note of a couple on the actor's care team. */
export interface NoteScope {
  id: string;
  coupleId: string;
  version: number;
  retracted: boolean;
  clientIds: string[];
}

/** A check-in schedule of a couple the actor reaches. */
export interface CheckinScheduleScope {
  id: string;
  coupleId: string;
  cancelled: boolean;
  clientIds: string[];
}

/** An assignment of a couple on the counselor's care team. */
export interface AssignmentScope {
  id: string;
  coupleId: string;
  cancelled: boolean;
  clientIds: string[];
}

/** A safety alert of a couple on the actor's care team. */
export interface SafetyAlertScope {
  id: string;
  coupleId: string;
  resolved: boolean;
  clientIds: string[];
}

/** Partners of the couple in column `couple`, as an array. */
const partnerIds = (couple: string) =>
  `coalesce((SELECT array_agg(p.client_id ORDER BY p.client_id) FROM couple_partner p
              WHERE p.couple_id = ${couple}), '{}')`;
const PARTNER_IDS = partnerIds('a.couple_id');

/**
 * Whether counselor `counselor` is on the care team of couple `couple` (SQL expressions),
 * or `bypassed`: the test-only switch that leaves the clinic wall alone to keep clinics apart.
 */
const onCareTeam = (couple: string, counselor: string, bypassed: string) =>
  `(${bypassed} OR EXISTS (SELECT 1 FROM care_team_member t WHERE t.couple_id = ${couple} AND t.counselor_id = ${counselor}))`;

/**
 * Whether the actor ($2 role, $3 user, $4 bypassed) reaches couple `couple`: an admin any of
 * their clinic, a counselor those on their care team, a client their own.
 */
const coupleInReach = (couple: string) =>
  `($4 OR $2 = 'ADMIN'
    OR ($2 = 'COUNSELOR' AND ${onCareTeam(couple, '$3', 'false')})
    OR ($2 = 'CLIENT' AND EXISTS (
          SELECT 1 FROM couple_partner p
           WHERE p.couple_id = ${couple} AND p.client_id = $3 AND p.left_at IS NULL)))`;

/** Whether occurrence `o` of assignment `a` can be answered yet. */
export const OCCURRENCE_OPENED = `(a.recurrence = 'NONE' OR o.sequence = 1 OR o.due_at - CASE a.recurrence
    WHEN 'WEEKLY' THEN interval '7 days' ELSE interval '14 days' END <= now())`;

/**
 * The one place that decides which records an actor may reach, on top of the role check of
 * the guard and the clinic wall of row-level security:
 * - an admin reaches every record of their clinic;
 * - a counselor reaches the couples on their care team and those couples' clients;
 * - a client reaches themselves and their own couple.
 * A record out of reach answers exactly like a missing one (NOT_FOUND), and is audited as denied.
 */
@Injectable()
export class AccessPolicy {
  /** Tests only (TEST_BYPASS_ACCESS_POLICY, refused outside NODE_ENV=test): no checks here. */
  private readonly bypassed: boolean;

  constructor(
    private readonly context: RequestContext,
    private readonly audit: AuditService,
    @InjectEnvironment() environment: Environment,
  ) {
    this.bypassed = environment.NODE_ENV === 'test' && environment.TEST_BYPASS_ACCESS_POLICY;
  }

  /** A couple the actor may see, with its partners' ids, or NOT_FOUND. */
  async couple(coupleId: string, action = 'couple.read'): Promise<CoupleScope> {
    const actor = this.context.requiredActor;
    const [row] = await this.context.manager.query(
      `SELECT c.id, ${partnerIds('c.id')} AS "clientIds", c.status = 'ACTIVE' AS "inCare"
         FROM couple c
        WHERE c.id = $1 AND ${coupleInReach('c.id')}`,
      [coupleId, actor.role, actor.userId, this.bypassed],
    );
    if (!row) throw this.deny(action, 'couple', coupleId);
    return row;
  }

  /**
   * A check-in schedule of a couple the actor may see, or NOT_FOUND naming the schedule: one
   * out of reach answers and is audited exactly as one that does not exist.
   */
  async checkinSchedule(scheduleId: string, action: string): Promise<CheckinScheduleScope> {
    const actor = this.context.requiredActor;
    const [row] = await this.context.manager.query(
      `SELECT s.id, s.couple_id AS "coupleId", s.cancelled_at IS NOT NULL AS cancelled,
              ${partnerIds('s.couple_id')} AS "clientIds"
         FROM checkin_schedule s
        WHERE s.id = $1 AND ${coupleInReach('s.couple_id')}`,
      [scheduleId, actor.role, actor.userId, this.bypassed],
    );
    if (!row) throw this.deny(action, 'checkin_schedule', scheduleId, 'check-in schedule');
    return row;
  }

  /**
   * A couple whose care team the actor is on, or NOT_FOUND. Session notes are for the care team
   * alone: an admin reaches them only as a member of the team, a client never.
   */
  async careTeamCouple(coupleId: string, action: string): Promise<CoupleScope> {
    const actor = this.context.requiredActor;
    const [row] = await this.context.manager.query(
      `SELECT c.id, ${partnerIds('c.id')} AS "clientIds", c.status = 'ACTIVE' AS "inCare"
         FROM couple c
        WHERE c.id = $1
          AND ${onCareTeam('c.id', '$2', '$3')}`,
      [coupleId, actor.userId, this.bypassed],
    );
    if (!row) throw this.deny(action, 'couple', coupleId);
    return row;
  }

  /** A session note of a couple whose care team the actor is on, or NOT_FOUND. */
  async note(noteId: string, action: string): Promise<NoteScope> {
    const actor = this.context.requiredActor;
    const [row] = await this.context.manager.query(
      `SELECT n.id, n.couple_id AS "coupleId", n.current_version AS version,
              n.retracted_at IS NOT NULL AS retracted, ${partnerIds('n.couple_id')} AS "clientIds"
         FROM session_note n
        WHERE n.id = $1
          AND ${onCareTeam('n.couple_id', '$2', '$3')}`,
      [noteId, actor.userId, this.bypassed],
    );
    if (!row) throw this.deny(action, 'session_note', noteId);
    return row;
  }

  /** A safety alert of a couple whose care team the actor is on, or NOT_FOUND. */
  async safetyAlert(alertId: string, action: string): Promise<SafetyAlertScope> {
    const actor = this.context.requiredActor;
    const [row] = await this.context.manager.query(
      `SELECT a.id, a.couple_id AS "coupleId", a.resolved_at IS NOT NULL AS resolved,
              ${partnerIds('a.couple_id')} AS "clientIds"
         FROM safety_alert a
        WHERE a.id = $1
          AND ${onCareTeam('a.couple_id', '$2', '$3')}`,
      [alertId, actor.userId, this.bypassed],
    );
    if (!row) throw this.deny(action, 'safety_alert', alertId);
    return row;
  }

  /** The couples in care on the signed-in counselor's care teams: their caseload. */
  async caseloadCoupleIds(): Promise<string[]> {
    const rows: Array<{ coupleId: string }> = await this.context.manager.query(
      `SELECT t.couple_id AS "coupleId" FROM care_team_member t JOIN couple c ON c.id = t.couple_id
        WHERE t.counselor_id = $1 AND c.status = 'ACTIVE'`,
      [this.context.requiredActor.userId],
    );
    return rows.map((row) => row.coupleId);
  }

  /** An account of the admin's clinic, or NOT_FOUND. */
  async account(userId: string, action: string): Promise<{ id: string; role: Role }> {
    const actor = this.context.requiredActor;
    const [row] =
      actor.role === Role.ADMIN || this.bypassed
        ? await this.context.manager.query('SELECT id, role FROM app_user WHERE id = $1', [userId])
        : [];
    if (!row) throw this.deny(action, 'account', userId);
    return row;
  }

  /** A to-do given to the signed-in client, or NOT_FOUND. */
  async todo(occurrenceId: string, action: string): Promise<TodoScope> {
    const clientId = this.context.requiredActor.userId;
    const [row] = await this.context.manager.query(
      `SELECT o.id, a.id AS "assignmentId", a.couple_id AS "coupleId", v.mode, v.prompts,
              o.closed_at IS NOT NULL AS closed, ${OCCURRENCE_OPENED} AS opened,
              CASE WHEN a.client_id IS NULL AND v.mode = 'INDIVIDUAL' THEN
                (SELECT other.client_id FROM couple_partner other
                  WHERE other.couple_id = a.couple_id AND other.client_id <> $2 LIMIT 1) END AS "partnerId",
              ${PARTNER_IDS} AS "clientIds"
         FROM assignment_occurrence o
         JOIN assignment a ON a.id = o.assignment_id
         JOIN exercise_version v ON v.id = a.exercise_version_id
        WHERE o.id = $1
          AND ($3 OR (EXISTS (SELECT 1 FROM couple_partner me WHERE me.couple_id = a.couple_id
                                AND me.client_id = $2 AND me.left_at IS NULL)
                      AND (a.client_id IS NULL OR a.client_id = $2)))`,
      [occurrenceId, clientId, this.bypassed],
    );
    if (!row) throw this.deny(action, 'todo', occurrenceId);
    return row;
  }

  /** A submitted submission of a couple on the counselor's care team, or NOT_FOUND. */
  async submission(submissionId: string, action: string): Promise<SubmissionScope> {
    const counselorId = this.context.requiredActor.userId;
    const [row] = await this.context.manager.query(
      `SELECT s.id, s.occurrence_id AS "occurrenceId", a.couple_id AS "coupleId",
              s.client_id AS "clientId", ${PARTNER_IDS} AS "clientIds"
         FROM submission s
         JOIN assignment_occurrence o ON o.id = s.occurrence_id
         JOIN assignment a ON a.id = o.assignment_id
        WHERE s.id = $1 AND s.status = 'SUBMITTED'
          AND ${onCareTeam('a.couple_id', '$2', '$3')}`,
      [submissionId, counselorId, this.bypassed],
    );
    if (!row) throw this.deny(action, 'submission', submissionId);
    return row;
  }

  /** An assignment of a couple on the counselor's care team, or NOT_FOUND. */
  async assignment(assignmentId: string, action: string): Promise<AssignmentScope> {
    const counselorId = this.context.requiredActor.userId;
    const [row] = await this.context.manager.query(
      `SELECT a.id, a.couple_id AS "coupleId", a.cancelled_at IS NOT NULL AS cancelled,
              ${PARTNER_IDS} AS "clientIds"
         FROM assignment a
        WHERE a.id = $1
          AND ${onCareTeam('a.couple_id', '$2', '$3')}`,
      [assignmentId, counselorId, this.bypassed],
    );
    if (!row) throw this.deny(action, 'assignment', assignmentId);
    return row;
  }

  private deny(action: string, entityType: string, entityId: string, what = entityType) {
    this.audit.record({ action, entityType, entityId, outcome: AuditOutcome.DENIED });
    return notFound(what);
  }
}
