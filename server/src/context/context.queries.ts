import { pg, statement } from '../database/sql';

/**
 * Sets the actor's clinic $1 and user $2 for row-level security, for the current transaction
 * only (empty when there is no actor), so a pooled connection never carries them further.
 */
export const setActorOfTransaction = statement({
  name: 'context.setActor',
  text: `SELECT set_config('app.clinic_id', $1, true) AS "clinicId",
                set_config('app.user_id', $2, true) AS "userId"`,
  params: [pg.text, pg.text],
  row: { clinicId: pg.text, userId: pg.text },
});
