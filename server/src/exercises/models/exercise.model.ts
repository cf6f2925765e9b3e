import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BuildingStep, Dimension, ExerciseMode, PromptKind } from '@tandem/shared';

registerEnumType(BuildingStep, {
  name: 'BuildingStep',
  description: 'The eight ways to build interdependence; they classify exercises.',
});
registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'What the check-in measures; an exercise names the one it builds.',
});
registerEnumType(ExerciseMode, {
  name: 'ExerciseMode',
  valuesMap: {
    INDIVIDUAL: { description: 'Each partner answers alone.' },
    JOINT: { description: 'The couple makes one shared submission.' },
  },
});
registerEnumType(PromptKind, { name: 'PromptKind' });

@ObjectType('PromptOption')
export class PromptOptionModel {
  @Field()
  key: string;

  @Field()
  label: string;
}

@ObjectType('Prompt', { description: 'One question of an exercise; fields apply by kind.' })
export class PromptModel {
  @Field({ description: 'Stable within the exercise; answers refer to it.' })
  key: string;

  @Field(() => PromptKind)
  kind: PromptKind;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  help?: string | null;

  @Field()
  required: boolean;

  @Field(() => Int, { nullable: true, description: 'TEXT: the longest answer taken.' })
  maxLength?: number | null;

  @Field(() => Int, { nullable: true, description: 'SCALE: the lowest value.' })
  min?: number | null;

  @Field(() => Int, { nullable: true, description: 'SCALE: the highest value.' })
  max?: number | null;

  @Field(() => String, { nullable: true })
  minLabel?: string | null;

  @Field(() => String, { nullable: true })
  maxLabel?: string | null;

  @Field(() => [PromptOptionModel], { nullable: true, description: 'CHECKLIST and CHOICE.' })
  options?: PromptOptionModel[] | null;
}

@ObjectType('Exercise', {
  description:
    'One version of an exercise: the current one in the library, the given one on an assignment.',
})
export class ExerciseModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'This version; assignments keep the version they were given.' })
  versionId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: 'The newest version of the exercise.' })
  currentVersion: number;

  @Field()
  title: string;

  @Field(() => BuildingStep)
  buildingStep: BuildingStep;

  @Field(() => Dimension)
  dimension: Dimension;

  @Field({ description: 'Why it builds its dimension.' })
  rationale: string;

  @Field()
  instructions: string;

  @Field(() => Int)
  estimatedMinutes: number;

  @Field(() => ExerciseMode)
  mode: ExerciseMode;

  @Field(() => [PromptModel])
  prompts: PromptModel[];

  @Field({ description: "Part of Tandem's library rather than the clinic's own." })
  builtIn: boolean;

  @Field(() => Date, { nullable: true })
  archivedAt: Date | null;

  @Field({ description: 'When this version was made.' })
  updatedAt: Date;
}

@ObjectType('ExercisePage')
export class ExercisePageModel {
  @Field(() => [ExerciseModel])
  items: ExerciseModel[];

  @Field(() => Int)
  totalCount: number;
}
