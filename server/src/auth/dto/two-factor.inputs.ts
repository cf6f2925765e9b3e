import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

/** A six-digit authenticator code, or a recovery code where the sign-in accepts one. */
@InputType()
export class SecondFactorCodeInput {
  @Field({ description: 'A six-digit authenticator code (or, to sign in, a recovery code).' })
  @IsString()
  @Length(6, 40, { message: 'Enter the six-digit code from your authenticator app' })
  code: string;
}
