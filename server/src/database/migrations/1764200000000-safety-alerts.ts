import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';
import { protectClinicalTable, unprotectClinicalTable } from '../row-level-security';

/**
 * Safety alerts: one per check-in whose safety answers raise concern, for the care team alone.
 * Kept for the record: the application role may insert, read and fill in the resolution
 * columns only (no DELETE grant), and a trigger refuses, even to the owner, deleting an
 * alert, changing what raised it, or changing it again once resolved.
 */
export class SafetyAlerts1764200000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "safety_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "couple_id" uuid NOT NULL, "client_id" uuid NOT NULL, "checkin_id" uuid NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "resolution" character varying(1000), CONSTRAINT "safety_alert_checkin_key" UNIQUE ("checkin_id"), CONSTRAINT "safety_alert_resolution_check" CHECK ((resolved_at IS NULL) = (resolution IS NULL) AND (resolved_at IS NULL) = (resolved_by IS NULL)), CONSTRAINT "safety_alert_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "safety_alert_open_couple_idx" ON "safety_alert"  ("couple_id", "raised_at") WHERE resolved_at IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "safety_alert" ADD CONSTRAINT "safety_alert_couple_fk" FOREIGN KEY ("couple_id", "clinic_id") REFERENCES "couple"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "safety_alert" ADD CONSTRAINT "safety_alert_client_fk" FOREIGN KEY ("client_id", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "safety_alert" ADD CONSTRAINT "safety_alert_checkin_fk" FOREIGN KEY ("checkin_id", "clinic_id") REFERENCES "checkin"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "safety_alert" ADD CONSTRAINT "safety_alert_resolved_by_fk" FOREIGN KEY ("resolved_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(`
      CREATE FUNCTION safety_alert_is_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.resolved_at IS NULL
           AND (NEW.id, NEW.clinic_id, NEW.couple_id, NEW.client_id, NEW.checkin_id, NEW.raised_at)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.clinic_id, OLD.couple_id, OLD.client_id, OLD.checkin_id, OLD.raised_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% on safety_alert is not allowed: alerts are kept, and only an open one may be resolved', TG_OP;
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER safety_alert_kept BEFORE UPDATE OR DELETE ON safety_alert
        FOR EACH ROW EXECUTE FUNCTION safety_alert_is_kept()
    `);
    await queryRunner.query(`
      CREATE TRIGGER safety_alert_not_truncated BEFORE TRUNCATE ON safety_alert
        FOR EACH STATEMENT EXECUTE FUNCTION safety_alert_is_kept()
    `);
    await protectClinicalTable(queryRunner, 'safety_alert', ['SELECT', 'INSERT']);
    await queryRunner.query(
      `GRANT UPDATE (resolved_at, resolved_by, resolution) ON "safety_alert" TO ${APP_ROLE}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await unprotectClinicalTable(queryRunner, 'safety_alert');
    await queryRunner.query('DROP TRIGGER safety_alert_not_truncated ON safety_alert');
    await queryRunner.query('DROP TRIGGER safety_alert_kept ON safety_alert');
    await queryRunner.query('DROP FUNCTION safety_alert_is_kept()');
    await queryRunner.query('DROP TABLE "safety_alert"');
  }
}
