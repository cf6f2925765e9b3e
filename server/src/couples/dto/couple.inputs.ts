import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS } from '@tandem/shared';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { ConfidentialityPolicy, CoupleStatus } from '../couple.entity';
import { trimmed } from '../../common/transforms';

@InputType()
export class CareTeamInput {
  @Field(() => ID)
  @IsUUID()
  primaryCounselorId: string;

  @Field(() => [ID], { defaultValue: [], description: 'Other counselors on the team.' })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  otherCounselorIds: string[] = [];
}

@InputType()
export class CreateCoupleInput {
  @Field()
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.coupleNameMaxLength, {
    message: `Name the couple in 1 to ${LIMITS.coupleNameMaxLength} characters`,
  })
  name: string;

  @Field(() => [ID], { description: 'Exactly two clients, neither in another active couple.' })
  @IsArray()
  @ArrayMinSize(2, { message: 'Choose exactly two clients' })
  @ArrayMaxSize(2, { message: 'Choose exactly two clients' })
  @ArrayUnique({ message: 'Choose two different clients' })
  @IsUUID('all', { each: true })
  partnerIds: string[];

  @Field(() => ConfidentialityPolicy)
  @IsEnum(ConfidentialityPolicy)
  confidentialityPolicy: ConfidentialityPolicy;

  @Field(() => CareTeamInput)
  @ValidateNested()
  @Type(() => CareTeamInput)
  careTeam: CareTeamInput;
}

@InputType()
export class UpdateCoupleInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @Length(1, LIMITS.coupleNameMaxLength)
  name?: string;

  @Field(() => ConfidentialityPolicy, { nullable: true })
  @IsOptional()
  @IsEnum(ConfidentialityPolicy)
  confidentialityPolicy?: ConfidentialityPolicy;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class CoupleFilterInput {
  @Field(() => CoupleStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CoupleStatus)
  status?: CoupleStatus;

  @Field({ nullable: true, description: "Part of the couple's or a partner's name." })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(0, 100)
  search?: string;
}
