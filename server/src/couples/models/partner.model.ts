import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Partner', { description: 'A client in a couple, as others may see them.' })
export class PartnerModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}
