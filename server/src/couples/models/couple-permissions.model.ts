import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('CouplePermissions', {
  description:
    'What the signed-in user may do on a couple they see, decided by the server from their role and the care team.',
})
export class CouplePermissionsModel {
  @Field({
    description:
      'Admins of the clinic: edit the couple, change its care team, discharge and reopen it.',
  })
  manage: boolean;

  @Field({
    description: 'Counselors on the care team: assign exercises and schedule check-ins.',
  })
  assign: boolean;

  @Field({
    description:
      "The care team: read and write session notes, the couple's timeline and the notes in its report.",
  })
  readSessionNotes: boolean;

  @Field({ description: 'The care team: see and resolve safety alerts.' })
  handleSafetyAlerts: boolean;
}
