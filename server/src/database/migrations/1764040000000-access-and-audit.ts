import { MigrationInterface, QueryRunner } from 'typeorm';
import { protectClinicalTable, unprotectClinicalTable } from '../row-level-security';

/** Invitations to join a clinic, and the append-only audit log. */
export class AccessAndAudit1764040000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE invitation (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        clinic_id uuid NOT NULL,
        email character varying(254) NOT NULL,
        display_name character varying(120) NOT NULL,
        role user_role NOT NULL,
        token_hash bytea NOT NULL,
        invited_by uuid NOT NULL,
        created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
        accepted_at TIMESTAMP WITH TIME ZONE,
        revoked_at TIMESTAMP WITH TIME ZONE,
        CONSTRAINT invitation_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(
      `CREATE INDEX invitation_clinic_created_idx ON invitation (clinic_id, created_at)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX invitation_token_hash_key ON invitation (token_hash)`,
    );
    await queryRunner.query(`
      ALTER TABLE invitation ADD CONSTRAINT invitation_clinic_fk
        FOREIGN KEY (clinic_id) REFERENCES clinic(id) ON DELETE RESTRICT ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE invitation ADD CONSTRAINT invitation_invited_by_fk
        FOREIGN KEY (invited_by, clinic_id) REFERENCES app_user(id, clinic_id) ON DELETE RESTRICT ON UPDATE NO ACTION
    `);

    await queryRunner.query(`CREATE TYPE audit_outcome AS ENUM('ALLOWED', 'DENIED')`);
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        occurred_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
        clinic_id uuid,
        actor_id uuid,
        actor_role character varying(20),
        action character varying(64) NOT NULL,
        entity_type character varying(40),
        entity_id uuid,
        client_ids uuid array NOT NULL DEFAULT '{}',
        outcome audit_outcome NOT NULL,
        request_id character varying(64),
        ip inet,
        CONSTRAINT audit_event_pkey PRIMARY KEY (id)
      )
    `);
    await queryRunner.query(
      `CREATE INDEX audit_event_clinic_time_idx ON audit_event (clinic_id, occurred_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_event_clinic_actor_time_idx ON audit_event (clinic_id, actor_id, occurred_at)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_event_clinic_entity_time_idx ON audit_event (clinic_id, entity_id, occurred_at)`,
    );
    // Grants already keep the application role to INSERT and SELECT; this stops everyone else.
    await queryRunner.query(`
      CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()
    `);

    await protectClinicalTable(queryRunner, 'invitation', ['SELECT', 'INSERT', 'UPDATE']);
    await protectClinicalTable(queryRunner, 'audit_event', ['SELECT', 'INSERT']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_event', 'invitation']) {
      await unprotectClinicalTable(queryRunner, table);
    }
    await queryRunner.query(`DROP TRIGGER audit_event_append_only ON audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP TYPE audit_outcome`);
    await queryRunner.query(`DROP TABLE invitation`);
  }
}
