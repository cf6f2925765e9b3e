import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChangeStatus } from '@tandem/shared';
import { CheckinFormKind } from '../checkin-schedule.entity';
import { ScoreKeyName } from '../checkin-score.entity';

@ObjectType('ScoreLandmark', { description: 'One score a change is measured from or to.' })
export class ScoreLandmarkModel {
  @Field(() => ID)
  checkinId: string;

  @Field()
  takenAt: Date;

  @Field(() => Float, { description: '0–100.' })
  score: number;
}

@ObjectType('MeasuredChange', {
  description:
    'Change between two comparable scores (same client, episode of care, instrument version, form and key) taken at least 7 days apart.',
})
export class MeasuredChangeModel {
  @Field(() => ScoreLandmarkModel)
  from: ScoreLandmarkModel;

  @Field(() => ScoreLandmarkModel)
  to: ScoreLandmarkModel;

  @Field(() => Float, { description: 'to − from, in points (not sign-flipped).' })
  points: number;

  @Field(() => Float, {
    description: 'Reliable change index, positive when better: (to − from) / S_diff.',
  })
  rci: number;

  @Field(() => Float, { description: 'S_diff = √(SEM₁² + SEM₂²) used for the RCI.' })
  sDiff: number;

  @Field({ description: '|RCI| ≥ 1.96: larger than measurement error can explain.' })
  reliable: boolean;

  @Field(() => ChangeStatus)
  status: ChangeStatus;
}

@ObjectType('SeriesProgress', {
  description:
    "One partner's comparable series in the couple's current episode of care: baseline, previous (the latest score at least 7 days before the latest) and latest, with the change since each. A change is null until it can be measured.",
})
export class SeriesProgressModel {
  @Field(() => ScoreKeyName)
  key: ScoreKeyName;

  @Field(() => CheckinFormKind, { description: 'The form the scores were computed from.' })
  form: CheckinFormKind;

  @Field(() => Int)
  instrumentVersion: number;

  @Field(() => ScoreLandmarkModel, { nullable: true })
  baseline: ScoreLandmarkModel | null;

  @Field(() => ScoreLandmarkModel, { nullable: true })
  previous: ScoreLandmarkModel | null;

  @Field(() => ScoreLandmarkModel, { nullable: true })
  latest: ScoreLandmarkModel | null;

  @Field(() => MeasuredChangeModel, { nullable: true })
  sinceBaseline: MeasuredChangeModel | null;

  @Field(() => MeasuredChangeModel, { nullable: true })
  sincePrevious: MeasuredChangeModel | null;
}
