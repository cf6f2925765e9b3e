/**
 * Every action the API audits, declared once: the kind of record it names and how its
 * allowed use is recorded.
 * - `read`: recorded when the policy allows it (a read that happened stays recorded even if
 *   a later part of the operation fails, because its data may already be in the answer);
 * - `write`: recorded when the policy allows it, kept only if the operation's transaction
 *   commits (a refused or failed write changed nothing);
 * - `create`: like a write, but the record is new, so the service names it once it exists
 *   (`AccessPolicy.created`);
 * - `denials`: only refusals are recorded: the client's own unfinished work (an autosaved
 *   draft, opening a to-do), which is recorded when it is submitted.
 * A denial is recorded at once for every kind, naming the record asked for.
 */
export type ActionKind = 'read' | 'write' | 'create' | 'denials';

export interface ActionDeclaration {
  /** The `entity_type` of the audit record of an allowed use. */
  readonly entity: string;
  readonly kind: ActionKind;
  /**
   * The allowed use is recorded against the couple the checked record belongs to (a check-in
   * schedule's changes are part of the couple's record), not the checked record itself.
   */
  readonly namesCouple?: boolean;
}

export const ACTIONS = {
  'account.update': { entity: 'account', kind: 'write' },
  'account.deactivate': { entity: 'account', kind: 'write' },
  'account.reactivate': { entity: 'account', kind: 'write' },
  'account.password_change': { entity: 'account', kind: 'write' },
  // An admin issues a password reset link for an account of their clinic.
  'account.password_reset_issue': { entity: 'account', kind: 'write' },
  // An admin removes a staff member's second factors (lost authenticator and codes).
  'account.two_factor_reset': { entity: 'account', kind: 'write' },
  'assignment.list': { entity: 'couple', kind: 'read' },
  'assignment.create': { entity: 'assignment', kind: 'create' },
  'assignment.cancel': { entity: 'assignment', kind: 'write' },
  'checkin.list': { entity: 'couple', kind: 'read' },
  'checkin.read': { entity: 'checkin', kind: 'read' },
  'checkin.draft': { entity: 'checkin', kind: 'write' },
  'checkin.submit': { entity: 'checkin', kind: 'write' },
  // Recorded against the couple whose check-ins were scheduled.
  'checkin.schedule': { entity: 'couple', kind: 'write' },
  // The policy checks the schedule; the service records the couple it belongs to, once done.
  'checkin.cancel': { entity: 'couple', kind: 'write', namesCouple: true },
  'couple.list': { entity: 'couple', kind: 'read' },
  'couple.read': { entity: 'couple', kind: 'read' },
  'couple.subscribe': { entity: 'couple', kind: 'read' },
  'couple.create': { entity: 'couple', kind: 'create' },
  'couple.update': { entity: 'couple', kind: 'write' },
  'couple.care_team': { entity: 'couple', kind: 'write' },
  'couple.score_sharing': { entity: 'couple', kind: 'write' },
  'couple.discharge': { entity: 'couple', kind: 'write' },
  'couple.reopen': { entity: 'couple', kind: 'write' },
  'exercise.read': { entity: 'exercise', kind: 'read' },
  'exercise.create': { entity: 'exercise', kind: 'create' },
  'exercise.update': { entity: 'exercise', kind: 'write' },
  'exercise.archive': { entity: 'exercise', kind: 'write' },
  'exercise.restore': { entity: 'exercise', kind: 'write' },
  'invitation.create': { entity: 'invitation', kind: 'create' },
  'invitation.resend': { entity: 'invitation', kind: 'write' },
  'invitation.revoke': { entity: 'invitation', kind: 'write' },
  'note.list': { entity: 'couple', kind: 'read' },
  'note.read': { entity: 'session_note', kind: 'read' },
  'note.history': { entity: 'session_note', kind: 'read' },
  'note.create': { entity: 'session_note', kind: 'create' },
  'note.update': { entity: 'session_note', kind: 'write' },
  'note.retract': { entity: 'session_note', kind: 'write' },
  'safety.read': { entity: 'couple', kind: 'read' },
  'safety.raise': { entity: 'safety_alert', kind: 'create' },
  'safety.resolve': { entity: 'safety_alert', kind: 'write' },
  'submission.read': { entity: 'submission', kind: 'read' },
  // The policy checks the to-do; a submit records the submission it made, once made. A draft
  // (saved as the client types) is not recorded: its submission is, when submitted.
  'submission.draft': { entity: 'submission', kind: 'denials' },
  'submission.submit': { entity: 'submission', kind: 'create' },
  'submission.share': { entity: 'submission', kind: 'write' },
  'submission.comment': { entity: 'submission', kind: 'write' },
  'timeline.read': { entity: 'couple', kind: 'read' },
  // The policy checks the to-do; what is recorded is each submission read in it (submission.read).
  'todo.read': { entity: 'todo', kind: 'denials' },
  'trends.read': { entity: 'couple', kind: 'read' },
} as const satisfies Record<string, ActionDeclaration>;

export type Action = keyof typeof ACTIONS;
