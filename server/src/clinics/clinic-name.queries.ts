import { pg, statement } from '../database/sql';

/*
 * The clinics module owns `clinic`. Accounts reach a clinic's name through this file; it names
 * no other module, so accounts can import it (clinics.queries.ts reads accounts and would close
 * an import cycle).
 */

/** Joins as `alias` the clinic whose id is SQL expression `clinicId` (columns id, name). */
export const joinClinic = (alias: string, clinicId: string) =>
  `JOIN clinic ${alias} ON ${alias}.id = ${clinicId}`;

/** The name of clinic $1 (for the invitation email). */
export const clinicName = statement({
  name: 'clinics.name',
  text: 'SELECT name AS "clinicName" FROM clinic WHERE id = $1',
  params: [pg.uuid],
  row: { clinicName: pg.varchar },
});
