import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProgressStatus } from '../../assignments/models/assignment.model';
import { CheckinFormKind } from '../checkin-schedule.entity';
import { ScoreKeyName } from '../checkin-score.entity';

registerEnumType(CheckinFormKind, {
  name: 'CheckinForm',
  valuesMap: {
    FULL: { description: 'Every item of the check-in.' },
    PULSE: { description: 'One item per dimension: about a minute.' },
  },
});
registerEnumType(ScoreKeyName, {
  name: 'ScoreKey',
  description: 'A dimension of the check-in, or INDEX: the mean of the five positive ones.',
});

export enum ReliabilitySource {
  DEFAULT = 'DEFAULT',
  CLINIC = 'CLINIC',
}
registerEnumType(ReliabilitySource, {
  name: 'ReliabilitySource',
  valuesMap: {
    DEFAULT: { description: "The instrument's provisional default." },
    CLINIC: { description: "Estimated from this clinic's own responses (at least 30)." },
  },
});

@ObjectType('InstrumentItem')
export class InstrumentItemModel {
  @Field()
  key: string;

  @Field()
  text: string;

  @Field(() => ScoreKeyName, { description: 'The dimension it measures.' })
  dimension: ScoreKeyName;
}

@ObjectType('InstrumentScale')
export class InstrumentScaleModel {
  @Field(() => Int)
  min: number;

  @Field(() => Int)
  max: number;

  @Field(() => [String], { description: 'A label for each value from min to max.' })
  labels: string[];
}

@ObjectType('CheckinSchedule')
export class CheckinScheduleModel {
  @Field(() => ID)
  id: string;

  @Field(() => CheckinFormKind)
  form: CheckinFormKind;

  @Field(() => Int)
  everyWeeks: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The next due date not yet passed.' })
  nextDueAt: Date | null;

  @Field(() => Int, { description: 'Check-ins taken so far (both partners).' })
  takenCount: number;
}

@ObjectType('CheckinAnswer')
export class CheckinAnswerModel {
  @Field()
  itemKey: string;

  @Field(() => Int)
  value: number;
}

@ObjectType('CheckinTodo', { description: "One of the signed-in client's check-ins." })
export class CheckinTodoModel {
  @Field(() => ID)
  id: string;

  @Field(() => CheckinFormKind)
  form: CheckinFormKind;

  @Field()
  dueAt: Date;

  @Field(() => ProgressStatus)
  status: ProgressStatus;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;
}

@ObjectType('CheckinTodoPage')
export class CheckinTodoPageModel {
  @Field(() => [CheckinTodoModel])
  items: CheckinTodoModel[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('CheckinDetail')
export class CheckinDetailModel extends CheckinTodoModel {
  @Field(() => [InstrumentItemModel], { description: 'The items of its form, in order.' })
  items: InstrumentItemModel[];

  @Field(() => InstrumentScaleModel)
  scale: InstrumentScaleModel;

  @Field(() => [CheckinAnswerModel])
  answers: CheckinAnswerModel[];

  @Field(() => Date, { nullable: true })
  updatedAt: Date | null;
}

@ObjectType('ScorePoint')
export class ScorePointModel {
  @Field(() => ID)
  checkinId: string;

  @Field()
  takenAt: Date;

  @Field(() => CheckinFormKind)
  form: CheckinFormKind;

  @Field(() => ScoreKeyName)
  key: ScoreKeyName;

  @Field(() => Float, { description: '0–100.' })
  score: number;
}

@ObjectType('ScoreSeries', { description: "One partner's scores over time." })
export class ScoreSeriesModel {
  @Field(() => ID)
  clientId: string;

  @Field()
  displayName: string;

  @Field(() => [ScorePointModel], { description: 'Within the range asked for, oldest first.' })
  points: ScorePointModel[];

  @Field(() => [ScorePointModel], {
    description: 'The first score of each key ever taken: what change is measured from.',
  })
  baselines: ScorePointModel[];
}

@ObjectType('TrendEvent', { description: 'An exercise submitted, to place beside the scores.' })
export class TrendEventModel {
  @Field()
  at: Date;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true, description: 'Null for a joint exercise.' })
  clientId: string | null;
}

@ObjectType('ScoreReference', { description: 'What a score is read against.' })
export class ScoreReferenceModel {
  @Field(() => ScoreKeyName)
  key: ScoreKeyName;

  @Field()
  higherIsBetter: boolean;

  @Field(() => Float, { description: 'The Jacobson–Truax clinical cut-off c.' })
  cutoff: number;

  @Field(() => Float, { description: 'The SD used for reliable change (clinical population).' })
  sd: number;

  @Field(() => Float, { description: "Cronbach's alpha used for reliable change." })
  reliability: number;

  @Field(() => ReliabilitySource)
  reliabilitySource: ReliabilitySource;

  @Field(() => Int, { description: 'Responses the clinic estimate came from (0 for the default).' })
  responses: number;

  @Field({ description: 'The norms are provisional, pending validation.' })
  provisional: boolean;
}

@ObjectType('Trends')
export class TrendsModel {
  @Field(() => ID)
  coupleId: string;

  @Field(() => [ScoreSeriesModel], { description: 'One per partner the viewer may see.' })
  series: ScoreSeriesModel[];

  @Field(() => [TrendEventModel])
  events: TrendEventModel[];

  @Field(() => [ScoreReferenceModel])
  references: ScoreReferenceModel[];
}
