import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConfidentialityPolicy, CoupleStatus } from '../couple.entity';
import { CareTeamMemberModel } from './my-couple.model';
import { PartnerModel } from './partner.model';

registerEnumType(CoupleStatus, { name: 'CoupleStatus' });
registerEnumType(ConfidentialityPolicy, {
  name: 'ConfidentialityPolicy',
  description: 'What a partner may share with the counselor that the other partner does not hear.',
  valuesMap: {
    NO_SECRETS: {
      description: 'Anything one partner tells the counselor may be brought into joint sessions.',
    },
    LIMITED_SECRETS: {
      description: 'The counselor may keep some individual disclosures private, by judgement.',
    },
  },
});

@ObjectType('Couple', { description: 'Two clients in care together, with their care team.' })
export class CoupleModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => CoupleStatus)
  status: CoupleStatus;

  @Field(() => ConfidentialityPolicy)
  confidentialityPolicy: ConfidentialityPolicy;

  @Field({ description: "Whether each partner may see the other's check-in scores." })
  shareScores: boolean;

  @Field()
  inCareSince: Date;

  @Field(() => [PartnerModel])
  partners: PartnerModel[];

  @Field(() => [CareTeamMemberModel], { description: 'Primary counselor first.' })
  careTeam: CareTeamMemberModel[];

  @Field(() => Int, { description: 'Send back with an edit; a stale version is refused.' })
  version: number;
}

@ObjectType('CouplePage')
export class CouplePageModel {
  @Field(() => [CoupleModel])
  items: CoupleModel[];

  @Field(() => Int)
  totalCount: number;
}
