import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { BuildingStep, Dimension, ExerciseMode, LIMITS, PromptKind } from '@tandem/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { trimmed } from '../../common/transforms';

export enum ExerciseSource {
  BUILT_IN = 'BUILT_IN',
  CLINIC = 'CLINIC',
}
registerEnumType(ExerciseSource, { name: 'ExerciseSource' });

@InputType()
export class PromptOptionInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.promptKeyMaxLength)
  key: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.promptOptionLabelMaxLength)
  label: string;
}

/** The shape is checked here; the rules by kind are the shared content rules. */
@InputType()
export class PromptInput {
  @Field()
  @IsString()
  @MaxLength(LIMITS.promptKeyMaxLength)
  key: string;

  @Field(() => PromptKind)
  @IsEnum(PromptKind)
  kind: PromptKind;

  @Field()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.promptLabelMaxLength)
  label: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.promptHelpMaxLength)
  help?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  required: boolean = true;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  maxLength?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  min?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  max?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.promptOptionLabelMaxLength)
  minLabel?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.promptOptionLabelMaxLength)
  maxLabel?: string | null;

  @Field(() => [PromptOptionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIMITS.promptOptionsMax)
  @ValidateNested({ each: true })
  @Type(() => PromptOptionInput)
  options?: PromptOptionInput[] | null;
}

@InputType()
export class ExerciseContentInput {
  @Field()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.exerciseTitleMaxLength)
  title: string;

  @Field(() => BuildingStep)
  @IsEnum(BuildingStep)
  buildingStep: BuildingStep;

  @Field(() => Dimension)
  @IsEnum(Dimension)
  dimension: Dimension;

  @Field()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.exerciseRationaleMaxLength)
  rationale: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.exerciseInstructionsMaxLength)
  instructions: string;

  @Field(() => Int)
  @IsInt()
  estimatedMinutes: number;

  @Field(() => ExerciseMode)
  @IsEnum(ExerciseMode)
  mode: ExerciseMode;

  @Field(() => [PromptInput])
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIMITS.promptsMax)
  @ValidateNested({ each: true })
  @Type(() => PromptInput)
  prompts: PromptInput[];
}

@InputType()
export class ExerciseFilterInput {
  @Field(() => BuildingStep, { nullable: true })
  @IsOptional()
  @IsEnum(BuildingStep)
  buildingStep?: BuildingStep;

  @Field(() => Dimension, { nullable: true })
  @IsOptional()
  @IsEnum(Dimension)
  dimension?: Dimension;

  @Field(() => ExerciseMode, { nullable: true })
  @IsOptional()
  @IsEnum(ExerciseMode)
  mode?: ExerciseMode;

  @Field(() => Int, { nullable: true, description: 'Only exercises that take at most this long.' })
  @IsOptional()
  @IsInt()
  maxMinutes?: number;

  @Field(() => ExerciseSource, { nullable: true })
  @IsOptional()
  @IsEnum(ExerciseSource)
  source?: ExerciseSource;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the title, rationale or instructions.',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(LIMITS.exerciseSearchMaxLength)
  search?: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  archived: boolean = false;
}
