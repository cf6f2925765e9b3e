import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Clinic')
export class ClinicModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
