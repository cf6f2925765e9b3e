import { QueryRunner } from 'typeorm';
import { APP_ROLE } from './roles';

/** The clinic of the current transaction, set by the request context; null outside one. */
export const CURRENT_CLINIC = "nullif(current_setting('app.clinic_id', true), '')::uuid";

type Privilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * Walls a clinical table off by clinic: forced row-level security (so even the table's
 * owner is subject unless it has BYPASSRLS) and the grants the application role needs.
 */
export async function protectClinicalTable(
  queryRunner: QueryRunner,
  table: string,
  privileges: Privilege[],
  clinicColumn = 'clinic_id',
  { sharedWhenClinicIsNull = false } = {},
): Promise<void> {
  const ownRows = `"${clinicColumn}" = ${CURRENT_CLINIC}`;
  // Rows without a clinic (the built-in library) are readable by every clinic, writable by none.
  const readable = sharedWhenClinicIsNull ? `"${clinicColumn}" IS NULL OR ${ownRows}` : ownRows;
  await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(
    `CREATE POLICY "${table}_clinic_wall" ON "${table}" ` +
      `USING (${readable}) WITH CHECK (${ownRows})`,
  );
  await queryRunner.query(`GRANT ${privileges.join(', ')} ON "${table}" TO ${APP_ROLE}`);
}

export async function unprotectClinicalTable(queryRunner: QueryRunner, table: string) {
  await queryRunner.query(`REVOKE ALL ON "${table}" FROM ${APP_ROLE}`);
  await queryRunner.query(`DROP POLICY IF EXISTS "${table}_clinic_wall" ON "${table}"`);
  await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
  await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
}
