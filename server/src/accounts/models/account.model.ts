import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { UserStatus } from '../user.entity';

registerEnumType(UserStatus, { name: 'AccountStatus' });

@ObjectType('Account', {
  description: 'A person who can sign in to the clinic, as its admin sees them.',
})
export class AccountModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => UserStatus)
  status: UserStatus;

  @Field()
  createdAt: Date;

  @Field(() => Int, { description: 'Send back with an edit; a stale version is refused.' })
  version: number;

  @Field(() => String, {
    nullable: true,
    description: "Name of the client's active couple, if any.",
  })
  coupleName: string | null;
}

@ObjectType('AccountPage')
export class AccountPageModel {
  @Field(() => [AccountModel])
  items: AccountModel[];

  @Field(() => Int)
  totalCount: number;
}
