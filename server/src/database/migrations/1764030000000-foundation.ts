import { MigrationInterface, QueryRunner } from 'typeorm';
import { protectClinicalTable, unprotectClinicalTable } from '../row-level-security';

/**
 * Clinics, people, sessions, couples and care teams. Every table that holds a clinic's
 * data is walled off by row-level security from its first migration, and children point
 * at their parent together with its clinic.
 */
export class Foundation1764030000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE clinic (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name character varying(200) NOT NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT clinic_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(`CREATE TYPE user_role AS ENUM('ADMIN', 'COUNSELOR', 'CLIENT')`);
    await queryRunner.query(`CREATE TYPE user_status AS ENUM('ACTIVE', 'DEACTIVATED')`);
    await queryRunner.query(`
      CREATE TABLE app_user (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        clinic_id uuid NOT NULL,
        email character varying(254) NOT NULL,
        display_name character varying(120) NOT NULL,
        role user_role NOT NULL,
        status user_status NOT NULL DEFAULT 'ACTIVE',
        password_hash character varying(255) NOT NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        updated_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        version integer NOT NULL,
        CONSTRAINT app_user_id_clinic_key UNIQUE (id, clinic_id),
        CONSTRAINT app_user_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(`CREATE INDEX app_user_clinic_role_idx ON app_user (clinic_id, role)`);
    await queryRunner.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (email)`);
    await queryRunner.query(`
      CREATE TABLE user_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL,
        user_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
        expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
        revoked_at TIMESTAMP WITH TIME ZONE,
        ip inet,
        CONSTRAINT user_session_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX user_session_token_hash_key ON user_session (token_hash)`,
    );
    await queryRunner.query(`CREATE TYPE couple_status AS ENUM('ACTIVE', 'DISCHARGED')`);
    await queryRunner.query(
      `CREATE TYPE confidentiality_policy AS ENUM('NO_SECRETS', 'LIMITED_SECRETS')`,
    );
    await queryRunner.query(`
      CREATE TABLE couple (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        clinic_id uuid NOT NULL,
        name character varying(120) NOT NULL,
        status couple_status NOT NULL DEFAULT 'ACTIVE',
        confidentiality_policy confidentiality_policy NOT NULL DEFAULT 'NO_SECRETS',
        in_care_since TIMESTAMP WITH TIME ZONE NOT NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        version integer NOT NULL,
        CONSTRAINT couple_id_clinic_key UNIQUE (id, clinic_id),
        CONSTRAINT couple_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(`CREATE INDEX couple_clinic_status_idx ON couple (clinic_id, status)`);
    await queryRunner.query(`
      CREATE TABLE care_team_member (
        couple_id uuid NOT NULL,
        counselor_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        is_primary boolean NOT NULL DEFAULT false,
        added_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT care_team_member_pkey PRIMARY KEY (couple_id, counselor_id)
      )
    `);
    await queryRunner.query(
      `CREATE INDEX care_team_member_counselor_idx ON care_team_member (counselor_id, couple_id)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX care_team_member_one_primary_key ON care_team_member (couple_id) WHERE is_primary`,
    );
    await queryRunner.query(`
      CREATE TABLE couple_partner (
        couple_id uuid NOT NULL,
        client_id uuid NOT NULL,
        clinic_id uuid NOT NULL,
        joined_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        left_at TIMESTAMP WITH TIME ZONE,
        CONSTRAINT couple_partner_pkey PRIMARY KEY (couple_id, client_id)
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX couple_partner_one_active_couple_key ON couple_partner (client_id) WHERE left_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE app_user ADD CONSTRAINT app_user_clinic_fk FOREIGN KEY (clinic_id) REFERENCES clinic(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE user_session ADD CONSTRAINT user_session_user_fk FOREIGN KEY (user_id, clinic_id) REFERENCES app_user(id,clinic_id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE couple ADD CONSTRAINT couple_clinic_fk FOREIGN KEY (clinic_id) REFERENCES clinic(id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE care_team_member ADD CONSTRAINT care_team_member_couple_fk FOREIGN KEY (couple_id, clinic_id) REFERENCES couple(id,clinic_id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE care_team_member ADD CONSTRAINT care_team_member_counselor_fk FOREIGN KEY (counselor_id, clinic_id) REFERENCES app_user(id,clinic_id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE couple_partner ADD CONSTRAINT couple_partner_couple_fk FOREIGN KEY (couple_id, clinic_id) REFERENCES couple(id,clinic_id) ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE couple_partner ADD CONSTRAINT couple_partner_client_fk FOREIGN KEY (client_id, clinic_id) REFERENCES app_user(id,clinic_id) ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // rate-limiter-flexible's table layout (see LoginRateLimiter); keys are hashed.
    await queryRunner.query(`
      CREATE TABLE login_rate_limit (
        key character varying(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )
    `);

    await protectClinicalTable(queryRunner, 'clinic', ['SELECT'], 'id');
    await protectClinicalTable(queryRunner, 'app_user', ['SELECT', 'INSERT', 'UPDATE']);
    await protectClinicalTable(queryRunner, 'user_session', ['SELECT', 'UPDATE']);
    await protectClinicalTable(queryRunner, 'couple', ['SELECT', 'INSERT', 'UPDATE']);
    await protectClinicalTable(queryRunner, 'couple_partner', ['SELECT', 'INSERT', 'UPDATE']);
    await protectClinicalTable(queryRunner, 'care_team_member', [
      'SELECT',
      'INSERT',
      'UPDATE',
      'DELETE',
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_rate_limit`);
    for (const table of [
      'care_team_member',
      'couple_partner',
      'couple',
      'user_session',
      'app_user',
      'clinic',
    ]) {
      await unprotectClinicalTable(queryRunner, table);
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    for (const type of ['confidentiality_policy', 'couple_status', 'user_status', 'user_role']) {
      await queryRunner.query(`DROP TYPE ${type}`);
    }
  }
}
