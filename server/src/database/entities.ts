import { InvitationEntity } from '../accounts/invitation.entity';
import { UserEntity } from '../accounts/user.entity';
import { CheckinScheduleEntity } from '../assessments/checkin-schedule.entity';
import { CheckinScoreEntity } from '../assessments/checkin-score.entity';
import { CheckinEntity } from '../assessments/checkin.entity';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { OccurrenceEntity } from '../assignments/occurrence.entity';
import { SubmissionCommentEntity } from '../assignments/submission-comment.entity';
import { SubmissionEntity } from '../assignments/submission.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { PasswordResetEntity } from '../auth/password-reset.entity';
import { SessionEntity } from '../auth/session.entity';
import { PendingLoginEntity, RecoveryCodeEntity, StaffTotpEntity } from '../auth/two-factor.entity';
import { ClinicEntity } from '../clinics/clinic.entity';
import { CareEpisodeEntity } from '../couples/care-episode.entity';
import { CareTeamMemberEntity } from '../couples/care-team-member.entity';
import { CoupleEntity } from '../couples/couple.entity';
import { CouplePartnerEntity } from '../couples/couple-partner.entity';
import { ExerciseVersionEntity } from '../exercises/exercise-version.entity';
import { ExerciseEntity } from '../exercises/exercise.entity';
import { SessionNoteVersionEntity } from '../notes/session-note-version.entity';
import { SessionNoteEntity } from '../notes/session-note.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { SafetyAlertEntity } from '../safety/safety-alert.entity';

export const ENTITIES = [
  ClinicEntity,
  UserEntity,
  SessionEntity,
  PasswordResetEntity,
  StaffTotpEntity,
  RecoveryCodeEntity,
  PendingLoginEntity,
  CoupleEntity,
  CouplePartnerEntity,
  CareTeamMemberEntity,
  CareEpisodeEntity,
  InvitationEntity,
  AuditEventEntity,
  ExerciseEntity,
  ExerciseVersionEntity,
  AssignmentEntity,
  OccurrenceEntity,
  SubmissionEntity,
  SubmissionCommentEntity,
  NotificationEntity,
  CheckinScheduleEntity,
  CheckinEntity,
  CheckinScoreEntity,
  SessionNoteEntity,
  SessionNoteVersionEntity,
  SafetyAlertEntity,
];
