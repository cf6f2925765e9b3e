import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@tandem/shared';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';
import { normalizedEmail } from '../../common/transforms';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Transform(normalizedEmail)
  @IsEmail({}, { message: 'Enter a valid email address' })
  @MaxLength(LIMITS.emailMaxLength, { message: 'That email address is too long' })
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @Length(20, 100, { message: 'This password reset link is not valid' })
  token: string;

  /** The same rules as choosing a password anywhere else. */
  @Field()
  @IsString()
  @Length(LIMITS.passwordMinLength, LIMITS.passwordMaxLength, {
    message: `Choose a password of at least ${LIMITS.passwordMinLength} characters`,
  })
  password: string;
}
