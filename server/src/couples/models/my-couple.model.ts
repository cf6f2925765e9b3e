import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConfidentialityPolicy } from '../couple.entity';
import { PartnerModel } from './partner.model';

@ObjectType('CareTeamMember', { description: "A counselor on a couple's care team." })
export class CareTeamMemberModel {
  @Field(() => ID)
  counselorId: string;

  @Field()
  displayName: string;

  @Field()
  isPrimary: boolean;
}

@ObjectType('MyCouple', { description: "The signed-in client's couple." })
export class MyCoupleModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => PartnerModel)
  partner: PartnerModel;

  @Field(() => [CareTeamMemberModel])
  careTeam: CareTeamMemberModel[];

  @Field(() => ConfidentialityPolicy, {
    description: 'Recorded with both partners; both can read it.',
  })
  confidentialityPolicy: ConfidentialityPolicy;

  @Field({ description: "Whether each partner may see the other's check-in scores." })
  shareScores: boolean;
}
