import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@tandem/shared';
import { ClinicModel } from '../../clinics/models/clinic.model';

registerEnumType(Role, { name: 'Role' });

@ObjectType('Viewer', { description: 'The signed-in user.' })
export class ViewerModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ClinicModel)
  clinic: ClinicModel;
}
