import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ClinicModel } from './clinic.model';

@ObjectType('ClinicOverview', { description: "Head counts of the signed-in admin's clinic." })
export class ClinicOverviewModel {
  @Field(() => ClinicModel)
  clinic: ClinicModel;

  @Field(() => Int)
  counselorCount: number;

  @Field(() => Int)
  clientCount: number;

  @Field(() => Int)
  activeCoupleCount: number;
}
