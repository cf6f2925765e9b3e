import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@tandem/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType()
export class LoginInput {
  /** Not checked for email shape: any mismatch answers the same "incorrect" message. */
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your email address' })
  @MaxLength(LIMITS.emailMaxLength, { message: 'That email address is too long' })
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(LIMITS.passwordMaxLength, { message: 'That password is too long' })
  password: string;
}
