import { Injectable } from '@nestjs/common';
import { ExerciseMode, type Prompt, Role } from '@tandem/shared';
import { AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import type { Environment } from '../config/environment';
import { InjectEnvironment } from '../config/environment.provider';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { notFound } from '../graphql/errors';
import * as queries from './access.queries';
import { ACTIONS, type Action, type ActionDeclaration } from './actions';

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

/** A check-in of the signed-in client. */
export interface CheckinScope {
  id: string;
  coupleId: string;
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

/** What an actor may do on a couple they see (the couple page offers only these). */
export interface CoupleAbilities {
  /** An admin of the clinic: edit, care team, discharge, reopen. */
  manage: boolean;
  /** A counselor on the care team: assign exercises, schedule check-ins. */
  assign: boolean;
  /** A member of the care team: session notes, the timeline, the notes of a report. */
  readSessionNotes: boolean;
  /** A member of the care team. */
  handleSafetyAlerts: boolean;
}

/**
 * The one place that decides which records an actor may reach, on top of the role check of
 * the guard and the clinic wall of row-level security, and that audits each decision:
 * - an admin reaches every record of their clinic;
 * - a counselor reaches the couples on their care team and those couples' clients;
 * - a client reaches themselves and their own couple.
 * A record out of reach answers exactly like a missing one (NOT_FOUND), and is audited as
 * denied at once. An allowed use is audited as its action declares (see actions.ts): a read at
 * once, a write when the transaction commits, a creation when the service names the new record.
 */
@Injectable()
export class AccessPolicy {
  /** Tests only (TEST_BYPASS_ACCESS_POLICY, refused outside NODE_ENV=test): no checks here. */
  private readonly bypassed: boolean;

  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
    private readonly audit: AuditService,
    @InjectEnvironment() environment: Environment,
  ) {
    this.bypassed = environment.NODE_ENV === 'test' && environment.TEST_BYPASS_ACCESS_POLICY;
  }

  /**
   * The actor's values for statements that scope a list with `coupleInReach` (role, user id,
   * test bypass), in that order.
   */
  reach(): [Role, string, boolean] {
    const actor = this.context.requiredActor;
    return [actor.role, actor.userId, this.bypassed];
  }

  /**
   * What the actor may do on a couple they already see, decided by the same rules as the
   * checks below, from their role and the couple's care team. It reads and allows nothing by
   * itself, so it records no audit.
   */
  abilitiesOn(couple: { careTeam: ReadonlyArray<{ counselorId: string }> }): CoupleAbilities {
    const actor = this.context.requiredActor;
    const onCareTeam =
      actor.role !== Role.CLIENT &&
      (this.bypassed || couple.careTeam.some((member) => member.counselorId === actor.userId));
    return {
      manage: actor.role === Role.ADMIN,
      assign: actor.role === Role.COUNSELOR && onCareTeam,
      readSessionNotes: onCareTeam,
      handleSafetyAlerts: onCareTeam,
    };
  }

  /** A couple the actor may see, with its partners' ids, or NOT_FOUND. */
  async couple(coupleId: string, action: Action): Promise<CoupleScope> {
    const actor = this.context.requiredActor;
    const row = await this.sql.maybeOne(queries.coupleInReachOfActor, [
      coupleId,
      actor.role,
      actor.userId,
      this.bypassed,
    ]);
    return this.decide(action, 'couple', coupleId, row);
  }

  /**
   * A check-in schedule of a couple the actor may see, or NOT_FOUND naming the schedule: one
   * out of reach answers and is audited exactly as one that does not exist.
   */
  async checkinSchedule(scheduleId: string, action: Action): Promise<CheckinScheduleScope> {
    const actor = this.context.requiredActor;
    const row = await this.sql.maybeOne(queries.scheduleInReach, [
      scheduleId,
      actor.role,
      actor.userId,
      this.bypassed,
    ]);
    return this.decide(action, 'checkin_schedule', scheduleId, row, 'check-in schedule');
  }

  /**
   * A couple whose care team the actor is on, or NOT_FOUND. Session notes are for the care team
   * alone: an admin reaches them only as a member of the team, a client never.
   */
  async careTeamCouple(coupleId: string, action: Action): Promise<CoupleScope> {
    const row = await this.sql.maybeOne(queries.careTeamCouple, this.careTeamParams(coupleId));
    return this.decide(action, 'couple', coupleId, row);
  }

  /** A session note of a couple whose care team the actor is on, or NOT_FOUND. */
  async note(noteId: string, action: Action): Promise<NoteScope> {
    const row = await this.sql.maybeOne(queries.careTeamNote, this.careTeamParams(noteId));
    return this.decide(action, 'session_note', noteId, row);
  }

  /** A safety alert of a couple whose care team the actor is on, or NOT_FOUND. */
  async safetyAlert(alertId: string, action: Action): Promise<SafetyAlertScope> {
    const row = await this.sql.maybeOne(queries.careTeamSafetyAlert, this.careTeamParams(alertId));
    return this.decide(action, 'safety_alert', alertId, row);
  }

  /** The couples in care on the signed-in counselor's care teams: their caseload. */
  async caseloadCoupleIds(): Promise<string[]> {
    const rows = await this.sql.rows(queries.caseloadCoupleIds, [
      this.context.requiredActor.userId,
    ]);
    return rows.map((row) => row.coupleId);
  }

  /** An account of the admin's clinic, or NOT_FOUND. */
  async account(userId: string, action: Action): Promise<{ id: string; role: Role }> {
    const actor = this.context.requiredActor;
    const row =
      actor.role === Role.ADMIN || this.bypassed
        ? await this.sql.maybeOne(queries.accountOfClinic, [userId])
        : undefined;
    return this.decide(action, 'account', userId, row && { ...row, clientIds: [] });
  }

  /**
   * A check-in of the signed-in client that is open for answers by now (its own, never the
   * partner's), or NOT_FOUND.
   */
  async ownCheckin(checkinId: string, action: Action): Promise<CheckinScope> {
    const clientId = this.context.requiredActor.userId;
    const row = await this.sql.maybeOne(queries.checkinOfClient, [checkinId, clientId]);
    return this.decide(action, 'checkin', checkinId, row, 'check-in');
  }

  /**
   * Whose scores the signed-in client may see: their own, and their partner's where the couple
   * shares scores (partners' answers stay private either way). NOT_FOUND outside a couple.
   */
  async ownScores(action: Action): Promise<{ coupleId: string; clientIds: string[] }> {
    const clientId = this.context.requiredActor.userId;
    const couple = await this.sql.maybeOne(queries.coupleOfClient, [clientId]);
    if (!couple) throw notFound('couple', 'You are not part of a couple in Tandem yet.');
    const clientIds = couple.shareScores ? couple.clientIds : [clientId];
    this.allow(action, couple.id, clientIds);
    return { coupleId: couple.id, clientIds };
  }

  /** A to-do given to the signed-in client, or NOT_FOUND. */
  async todo(occurrenceId: string, action: Action): Promise<TodoScope> {
    const clientId = this.context.requiredActor.userId;
    const row = await this.sql.maybeOne(queries.todoOfClient, [
      occurrenceId,
      clientId,
      this.bypassed,
    ]);
    return this.decide(action, 'todo', occurrenceId, row);
  }

  /** A submitted submission of a couple on the counselor's care team, or NOT_FOUND. */
  async submission(submissionId: string, action: Action): Promise<SubmissionScope> {
    const row = await this.sql.maybeOne(
      queries.careTeamSubmission,
      this.careTeamParams(submissionId),
    );
    return this.decide(action, 'submission', submissionId, row);
  }

  /** An assignment of a couple on the counselor's care team, or NOT_FOUND. */
  async assignment(assignmentId: string, action: Action): Promise<AssignmentScope> {
    const row = await this.sql.maybeOne(
      queries.careTeamAssignment,
      this.careTeamParams(assignmentId),
    );
    return this.decide(action, 'assignment', assignmentId, row);
  }

  /** Audits a record created by an allowed `create` action, once it exists. */
  created(action: Action, entityId: string, clientIds: string[] = []): void {
    this.allow(action, entityId, clientIds);
  }

  /** Audits an allowed read or write that names no single record (a list, a search). */
  used(action: Action, clientIds: string[] = [], entityId?: string): void {
    this.allow(action, entityId, clientIds);
  }

  /** Audits a refused attempt on each of `entityIds` (for example two partners asked for). */
  denied(action: Action, entityType: string, ...entityIds: string[]): void {
    for (const entityId of entityIds) {
      this.audit.record({ action, entityType, entityId, outcome: AuditOutcome.DENIED });
    }
  }

  private careTeamParams(id: string): [string, string, boolean] {
    return [id, this.context.requiredActor.userId, this.bypassed];
  }

  /** The scope when the record is in reach, audited as the action declares; else NOT_FOUND. */
  private decide<Scope extends { clientIds: string[] }>(
    action: Action,
    entityType: string,
    entityId: string,
    scope: Scope | undefined,
    what = entityType,
  ): Scope {
    if (!scope) {
      this.denied(action, entityType, entityId);
      throw notFound(what);
    }
    const declared: ActionDeclaration = ACTIONS[action];
    if (declared.kind === 'read' || declared.kind === 'write') {
      const coupleId = 'coupleId' in scope ? (scope.coupleId as string) : entityId;
      this.allow(action, declared.namesCouple ? coupleId : entityId, scope.clientIds);
    }
    return scope;
  }

  private allow(action: Action, entityId: string | undefined, clientIds: string[]) {
    const declared = ACTIONS[action];
    this.audit.record({
      action,
      entityType: declared.entity,
      entityId,
      clientIds,
      heldUntilCommit: declared.kind !== 'read',
    });
  }
}
