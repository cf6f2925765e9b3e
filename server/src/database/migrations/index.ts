import { Foundation1764030000000 } from './1764030000000-foundation';
import { AccessAndAudit1764040000000 } from './1764040000000-access-and-audit';
import { ExercisesAndAssignments1764050000000 } from './1764050000000-exercises-and-assignments';
import { CheckIns1764060000000 } from './1764060000000-check-ins';
import { SubmissionOccurrenceIndex1764070000000 } from './1764070000000-submission-occurrence-index';
import { SessionNotes1764080000000 } from './1764080000000-session-notes';
import { ScoreLookupIndexes1764100000000 } from './1764100000000-score-lookup-indexes';
import { MeasurementEpisodes1764110000000 } from './1764110000000-measurement-episodes';
import { SafetyAlerts1764200000000 } from './1764200000000-safety-alerts';
import { PasswordReset1764300000000 } from './1764300000000-password-reset';
import { TwoFactor1764400000000 } from './1764400000000-two-factor';

/** In order. A new migration is generated with `npm run migration:generate -w server`. */
export const MIGRATIONS = [
  Foundation1764030000000,
  AccessAndAudit1764040000000,
  ExercisesAndAssignments1764050000000,
  CheckIns1764060000000,
  SubmissionOccurrenceIndex1764070000000,
  SessionNotes1764080000000,
  ScoreLookupIndexes1764100000000,
  MeasurementEpisodes1764110000000,
  SafetyAlerts1764200000000,
  PasswordReset1764300000000,
  TwoFactor1764400000000,
];
