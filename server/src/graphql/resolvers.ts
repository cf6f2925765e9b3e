import { AccountsResolver } from '../accounts/accounts.resolver';
import { AssessmentsResolver } from '../assessments/assessments.resolver';
import { AssignmentsResolver } from '../assignments/assignments.resolver';
import { SubmissionExerciseResolver } from '../assignments/submission-exercise.resolver';
import { TodosResolver } from '../assignments/todos.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { AuthResolver } from '../auth/auth.resolver';
import { PasswordResetResolver } from '../auth/password-reset.resolver';
import { TwoFactorResolver } from '../auth/two-factor.resolver';
import { ClinicsResolver } from '../clinics/clinics.resolver';
import { CouplesResolver } from '../couples/couples.resolver';
import { ExercisesResolver } from '../exercises/exercises.resolver';
import { CaseloadResolver } from '../insights/caseload.resolver';
import { ActivityResolver } from '../live/activity.resolver';
import { NotesResolver } from '../notes/notes.resolver';
import { TimelineResolver } from '../notes/timeline.resolver';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import { SafetyResolver } from '../safety/safety.resolver';

/**
 * Every resolver, for printing the schema without a database. The schema test compares
 * the running app's schema with the committed file, so a resolver missing here shows up.
 */
export const RESOLVERS = [
  AccountsResolver,
  ActivityResolver,
  AssessmentsResolver,
  AssignmentsResolver,
  AuditResolver,
  AuthResolver,
  CaseloadResolver,
  ClinicsResolver,
  CouplesResolver,
  ExercisesResolver,
  NotesResolver,
  NotificationsResolver,
  PasswordResetResolver,
  SafetyResolver,
  SubmissionExerciseResolver,
  TimelineResolver,
  TodosResolver,
  TwoFactorResolver,
];
