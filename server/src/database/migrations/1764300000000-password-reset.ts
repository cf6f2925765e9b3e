import { MigrationInterface, QueryRunner } from 'typeorm';
import { protectClinicalTable, unprotectClinicalTable } from '../row-level-security';

/**
 * Password reset links: single-use, an hour long, only a hash of the token kept. A link asked
 * for before sign-in is made and used on the owner connection; an admin's link is made on the
 * request's transaction, behind the clinic wall like every clinical table.
 */
export class PasswordReset1764300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE password_reset (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        clinic_id uuid NOT NULL,
        user_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        issued_by uuid,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
        used_at TIMESTAMP WITH TIME ZONE,
        revoked_at TIMESTAMP WITH TIME ZONE,
        CONSTRAINT password_reset_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX password_reset_token_hash_key ON password_reset (token_hash)`,
    );
    await queryRunner.query(`CREATE INDEX password_reset_user_idx ON password_reset (user_id)`);
    await queryRunner.query(`
      ALTER TABLE password_reset ADD CONSTRAINT password_reset_user_fk
        FOREIGN KEY (user_id, clinic_id) REFERENCES app_user(id, clinic_id) ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE password_reset ADD CONSTRAINT password_reset_issued_by_fk
        FOREIGN KEY (issued_by, clinic_id) REFERENCES app_user(id, clinic_id) ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await protectClinicalTable(queryRunner, 'password_reset', ['SELECT', 'INSERT', 'UPDATE']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await unprotectClinicalTable(queryRunner, 'password_reset');
    await queryRunner.query(`DROP TABLE password_reset`);
  }
}
