import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@tandem/shared';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => InvitationStatus)
  status: InvitationStatus;

  @Field()
  createdAt: Date;

  @Field()
  expiresAt: Date;

  @Field()
  invitedByName: string;
}

@ObjectType('InvitationPage')
export class InvitationPageModel {
  @Field(() => [InvitationModel])
  items: InvitationModel[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('InvitationLink', {
  description: 'Shown once: the link holds the only copy of its token.',
})
export class InvitationLinkModel {
  @Field(() => InvitationModel)
  invitation: InvitationModel;

  @Field({ description: 'The link to give the invitee; valid for 7 days, once.' })
  url: string;

  @Field({ description: 'Whether the link was also emailed (SMTP configured).' })
  emailed: boolean;
}

@ObjectType('InvitationPreview', { description: 'What an invitee sees before setting a password.' })
export class InvitationPreviewModel {
  @Field()
  clinicName: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;
}
