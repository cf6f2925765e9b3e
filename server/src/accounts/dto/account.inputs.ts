import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { LIMITS, Role } from '@tandem/shared';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import { UserStatus } from '../user.entity';
import { normalizedEmail, trimmed } from '../../common/transforms';

/** Admins invite counselors and clients; admins are set up with the clinic. */
export enum InvitableRole {
  COUNSELOR = 'COUNSELOR',
  CLIENT = 'CLIENT',
}
registerEnumType(InvitableRole, { name: 'InvitableRole' });

@InputType()
export class InviteUserInput {
  @Field()
  @Transform(normalizedEmail)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(LIMITS.emailMaxLength)
  email: string;

  @Field()
  @Transform(trimmed)
  @IsString()
  @Length(1, LIMITS.displayNameMaxLength, {
    message: `Enter a name of 1 to ${LIMITS.displayNameMaxLength} characters`,
  })
  displayName: string;

  @Field(() => InvitableRole)
  @IsIn(Object.values(InvitableRole))
  role: InvitableRole;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @Length(20, 100, { message: 'This invitation link is not valid' })
  token: string;

  @Field()
  @IsString()
  @Length(LIMITS.passwordMinLength, LIMITS.passwordMaxLength, {
    message: `Choose a password of at least ${LIMITS.passwordMinLength} characters`,
  })
  password: string;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @Length(1, LIMITS.displayNameMaxLength)
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(normalizedEmail)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(LIMITS.emailMaxLength)
  email?: string;

  @Field(() => Int, {
    description: 'The version you edited; a newer one on the server is a conflict.',
  })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @Length(1, LIMITS.passwordMaxLength)
  currentPassword: string;

  @Field()
  @IsString()
  @Length(LIMITS.passwordMinLength, LIMITS.passwordMaxLength, {
    message: `Choose a password of at least ${LIMITS.passwordMinLength} characters`,
  })
  newPassword: string;
}

@InputType()
export class AccountFilterInput {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => UserStatus, { nullable: true })
  @IsOptional()
  @IsEnum(UserStatus)
  status?: UserStatus;

  @Field({ nullable: true, description: 'Part of a name or email.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, description: 'Only clients who are not in an active couple.' })
  @IsOptional()
  @IsBoolean()
  withoutActiveCouple?: boolean;
}
