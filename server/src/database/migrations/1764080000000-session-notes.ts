import { MigrationInterface, QueryRunner } from 'typeorm';
import { protectClinicalTable, unprotectClinicalTable } from '../row-level-security';

/**
 * Session notes and their versions. Nothing here is ever deleted: the application role has
 * no DELETE grant, and triggers refuse deleting a note and changing or deleting a version
 * even for the owner (a note is retracted instead; an edit adds a version).
 */
export class SessionNotes1764080000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "session_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "couple_id" uuid NOT NULL, "author_id" uuid NOT NULL, "current_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "retracted_at" TIMESTAMP WITH TIME ZONE, "retracted_by" uuid, "retraction_reason" character varying(500), CONSTRAINT "session_note_id_clinic_key" UNIQUE ("id", "clinic_id"), CONSTRAINT "session_note_retraction_reason_check" CHECK ((retracted_at IS NULL) = (retraction_reason IS NULL) AND (retracted_at IS NULL) = (retracted_by IS NULL)), CONSTRAINT "session_note_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "session_note_couple_idx" ON "session_note"  ("couple_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session_note_version" ("note_id" uuid NOT NULL, "version" integer NOT NULL, "clinic_id" uuid NOT NULL, "session_at" TIMESTAMP WITH TIME ZONE NOT NULL, "body" character varying(20000) NOT NULL, "assignment_ids" uuid array NOT NULL DEFAULT \'{}\', "checkin_ids" uuid array NOT NULL DEFAULT \'{}\', "edited_by" uuid NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "session_note_version_pkey" PRIMARY KEY ("note_id", "version"))',
    );
    await queryRunner.query(
      'ALTER TABLE "session_note" ADD CONSTRAINT "session_note_couple_fk" FOREIGN KEY ("couple_id", "clinic_id") REFERENCES "couple"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_note" ADD CONSTRAINT "session_note_author_fk" FOREIGN KEY ("author_id", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_note" ADD CONSTRAINT "session_note_retracted_by_fk" FOREIGN KEY ("retracted_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_note_version" ADD CONSTRAINT "session_note_version_note_fk" FOREIGN KEY ("note_id", "clinic_id") REFERENCES "session_note"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "session_note_version" ADD CONSTRAINT "session_note_version_edited_by_fk" FOREIGN KEY ("edited_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(`
      CREATE FUNCTION session_note_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% on % is not allowed: session notes are retracted, never deleted, and versions are kept', TG_OP, TG_TABLE_NAME;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER session_note_kept BEFORE DELETE OR TRUNCATE ON session_note
        FOR EACH STATEMENT EXECUTE FUNCTION session_note_is_kept()
    `);
    await queryRunner.query(`
      CREATE TRIGGER session_note_version_kept BEFORE UPDATE OR DELETE OR TRUNCATE ON session_note_version
        FOR EACH STATEMENT EXECUTE FUNCTION session_note_is_kept()
    `);
    await protectClinicalTable(queryRunner, 'session_note', ['SELECT', 'INSERT', 'UPDATE']);
    await protectClinicalTable(queryRunner, 'session_note_version', ['SELECT', 'INSERT']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await unprotectClinicalTable(queryRunner, 'session_note_version');
    await unprotectClinicalTable(queryRunner, 'session_note');
    await queryRunner.query('DROP TRIGGER session_note_version_kept ON session_note_version');
    await queryRunner.query('DROP TRIGGER session_note_kept ON session_note');
    await queryRunner.query('DROP FUNCTION session_note_is_kept()');
    await queryRunner.query('DROP TABLE "session_note_version"');
    await queryRunner.query('DROP TABLE "session_note"');
  }
}
