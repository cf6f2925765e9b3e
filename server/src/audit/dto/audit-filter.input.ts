import { Field, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class AuditFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'The record acted on (a couple, an account…).' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @Field({ nullable: true, description: 'An action, or its prefix such as "couple."' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;
}
