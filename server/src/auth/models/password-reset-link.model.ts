import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PasswordResetLink')
export class PasswordResetLinkModel {
  @Field({ description: 'The link to give the account holder; valid for an hour, once.' })
  url: string;

  @Field({ description: 'Whether the link was also emailed (SMTP configured).' })
  emailed: boolean;

  @Field()
  expiresAt: Date;
}
