import { InvitationEntity } from '../accounts/invitation.entity';
import { UserEntity } from '../accounts/user.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { SessionEntity } from '../auth/session.entity';
import { ClinicEntity } from '../clinics/clinic.entity';
import { CareTeamMemberEntity } from '../couples/care-team-member.entity';
import { CoupleEntity } from '../couples/couple.entity';
import { CouplePartnerEntity } from '../couples/couple-partner.entity';

export const ENTITIES = [
  ClinicEntity,
  UserEntity,
  SessionEntity,
  CoupleEntity,
  CouplePartnerEntity,
  CareTeamMemberEntity,
  InvitationEntity,
  AuditEventEntity,
];
