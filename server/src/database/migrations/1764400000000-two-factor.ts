import { MigrationInterface, QueryRunner } from 'typeorm';
import { protectClinicalTable, unprotectClinicalTable } from '../row-level-security';

/**
 * Staff two-factor: TOTP authenticators, one-use recovery codes (hashed) and sign-ins waiting
 * for their second factor (token hashed). Enrolment and an admin's reset run on the request's
 * transaction, behind the clinic wall; the second step of a sign-in comes before any session,
 * on the owner connection.
 */
export class TwoFactor1764400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE staff_totp (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        clinic_id uuid NOT NULL,
        user_id uuid NOT NULL,
        secret text NOT NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        confirmed_at TIMESTAMP WITH TIME ZONE,
        last_used_step bigint,
        CONSTRAINT staff_totp_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(`CREATE UNIQUE INDEX staff_totp_user_key ON staff_totp (user_id)`);
    await queryRunner.query(`
      ALTER TABLE staff_totp ADD CONSTRAINT staff_totp_user_fk
        FOREIGN KEY (user_id, clinic_id) REFERENCES app_user(id, clinic_id) ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await protectClinicalTable(queryRunner, 'staff_totp', ['SELECT', 'INSERT', 'UPDATE', 'DELETE']);

    await queryRunner.query(`
      CREATE TABLE recovery_code (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        clinic_id uuid NOT NULL,
        user_id uuid NOT NULL,
        code_hash bytea NOT NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        used_at TIMESTAMP WITH TIME ZONE,
        CONSTRAINT recovery_code_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX recovery_code_hash_key ON recovery_code (code_hash)`,
    );
    await queryRunner.query(`CREATE INDEX recovery_code_user_idx ON recovery_code (user_id)`);
    await queryRunner.query(`
      ALTER TABLE recovery_code ADD CONSTRAINT recovery_code_user_fk
        FOREIGN KEY (user_id, clinic_id) REFERENCES app_user(id, clinic_id) ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await protectClinicalTable(queryRunner, 'recovery_code', [
      'SELECT',
      'INSERT',
      'UPDATE',
      'DELETE',
    ]);

    await queryRunner.query(`
      CREATE TABLE pending_login (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        clinic_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
        used_at TIMESTAMP WITH TIME ZONE,
        CONSTRAINT pending_login_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX pending_login_token_hash_key ON pending_login (token_hash)`,
    );
    await queryRunner.query(`CREATE INDEX pending_login_user_idx ON pending_login (user_id)`);
    await queryRunner.query(`
      ALTER TABLE pending_login ADD CONSTRAINT pending_login_user_fk
        FOREIGN KEY (user_id, clinic_id) REFERENCES app_user(id, clinic_id) ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    // The app role only ends a clinic's pending sign-ins (an admin's reset); the owner makes them.
    await protectClinicalTable(queryRunner, 'pending_login', ['SELECT', 'UPDATE']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['pending_login', 'recovery_code', 'staff_totp']) {
      await unprotectClinicalTable(queryRunner, table);
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
