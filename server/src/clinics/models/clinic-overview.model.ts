import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ScoreReferenceModel } from '../../assessments/models/checkin.models';
import { ClinicModel } from './clinic.model';
import {
  CounselorOutcomesModel,
  EngagementModel,
  OutcomeCountsModel,
} from './clinic-outcomes.model';

@ObjectType('ClinicOverview', {
  description: "Head counts, engagement and outcomes of the signed-in admin's clinic.",
})
export class ClinicOverviewModel {
  @Field(() => ClinicModel)
  clinic: ClinicModel;

  @Field(() => Int)
  counselorCount: number;

  @Field(() => Int)
  clientCount: number;

  @Field(() => Int)
  activeCoupleCount: number;

  @Field(() => EngagementModel)
  engagement: EngagementModel;

  @Field(() => OutcomeCountsModel)
  outcomes: OutcomeCountsModel;

  @Field(() => [ScoreReferenceModel], {
    description:
      'What the outcomes were read against: the full-form index reference (reliability, SD, its source) of each instrument version counted, the same the caseload and trends use.',
  })
  references: ScoreReferenceModel[];

  @Field(() => [CounselorOutcomesModel], {
    description: 'Per counselor, by the couples they lead.',
  })
  counselors: CounselorOutcomesModel[];
}
