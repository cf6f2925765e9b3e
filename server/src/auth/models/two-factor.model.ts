import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TotpEnrolment', {
  description: 'An authenticator waiting for its first code; its secret is shown only now.',
})
export class TotpEnrolmentModel {
  @Field({ description: 'The base32 secret, for typing into an authenticator app.' })
  secret: string;

  @Field({ description: 'The otpauth:// address the QR code holds.' })
  otpauthUrl: string;

  @Field({ description: 'The QR code, as a data: URL of a PNG image.' })
  qrCode: string;
}

@ObjectType('TwoFactorStatus')
export class TwoFactorStatusModel {
  @Field({ description: 'Whether sign-in asks for an authenticator code after the password.' })
  enabled: boolean;

  @Field(() => Int, { description: 'Unused recovery codes.' })
  recoveryCodesLeft: number;
}
