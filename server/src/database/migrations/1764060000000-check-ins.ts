import { MigrationInterface, QueryRunner } from 'typeorm';
import { protectClinicalTable, unprotectClinicalTable } from '../row-level-security';

/** Check-in schedules, each partner's check-ins and their scores, and couples' score sharing. */
export class CheckIns1764060000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."checkin_form" AS ENUM(\'FULL\', \'PULSE\')');
    await queryRunner.query(
      'CREATE TABLE "checkin_schedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "couple_id" uuid NOT NULL, "form" "public"."checkin_form" NOT NULL, "every_weeks" smallint NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "checkin_schedule_id_clinic_key" UNIQUE ("id", "clinic_id"), CONSTRAINT "checkin_schedule_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_schedule_couple_idx" ON "checkin_schedule"  ("couple_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "checkin" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "schedule_id" uuid NOT NULL, "couple_id" uuid NOT NULL, "client_id" uuid NOT NULL, "form" "public"."checkin_form" NOT NULL, "instrument_version" smallint NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answers" jsonb NOT NULL DEFAULT \'[]\', "updated_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" character varying(64), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "checkin_id_clinic_key" UNIQUE ("id", "clinic_id"), CONSTRAINT "checkin_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_couple_due_idx" ON "checkin"  ("couple_id", "due_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_client_due_idx" ON "checkin"  ("client_id", "due_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"score_key\" AS ENUM('COMMUNICATION', 'EQUALITY', 'GROWTH', 'COMMITMENT', 'PERSONAL_SPACE', 'CODEPENDENCE_RISK', 'INDEX')",
    );
    await queryRunner.query(
      'CREATE TABLE "checkin_score" ("checkin_id" uuid NOT NULL, "key" "public"."score_key" NOT NULL, "clinic_id" uuid NOT NULL, "couple_id" uuid NOT NULL, "client_id" uuid NOT NULL, "score" numeric(4,1) NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "checkin_score_pkey" PRIMARY KEY ("checkin_id", "key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_score_client_key_time_idx" ON "checkin_score"  ("client_id", "key", "taken_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_score_couple_key_time_idx" ON "checkin_score"  ("couple_id", "key", "taken_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "couple" ADD "share_scores" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      'ALTER TABLE "checkin_schedule" ADD CONSTRAINT "checkin_schedule_couple_fk" FOREIGN KEY ("couple_id", "clinic_id") REFERENCES "couple"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "checkin_schedule" ADD CONSTRAINT "checkin_schedule_created_by_fk" FOREIGN KEY ("created_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "checkin" ADD CONSTRAINT "checkin_schedule_fk" FOREIGN KEY ("schedule_id", "clinic_id") REFERENCES "checkin_schedule"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "checkin" ADD CONSTRAINT "checkin_couple_fk" FOREIGN KEY ("couple_id", "clinic_id") REFERENCES "couple"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "checkin" ADD CONSTRAINT "checkin_client_fk" FOREIGN KEY ("client_id", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "checkin_score" ADD CONSTRAINT "checkin_score_checkin_fk" FOREIGN KEY ("checkin_id", "clinic_id") REFERENCES "checkin"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await protectClinicalTable(queryRunner, 'checkin_schedule', ['SELECT', 'INSERT', 'UPDATE']);
    await protectClinicalTable(queryRunner, 'checkin', ['SELECT', 'INSERT', 'UPDATE']);
    // Scores are written once, when a check-in is submitted.
    await protectClinicalTable(queryRunner, 'checkin_score', ['SELECT', 'INSERT']);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['checkin_score', 'checkin', 'checkin_schedule']) {
      await unprotectClinicalTable(queryRunner, table);
    }
    await queryRunner.query(
      'ALTER TABLE "checkin_score" DROP CONSTRAINT "checkin_score_checkin_fk"',
    );
    await queryRunner.query('ALTER TABLE "checkin" DROP CONSTRAINT "checkin_client_fk"');
    await queryRunner.query('ALTER TABLE "checkin" DROP CONSTRAINT "checkin_couple_fk"');
    await queryRunner.query('ALTER TABLE "checkin" DROP CONSTRAINT "checkin_schedule_fk"');
    await queryRunner.query(
      'ALTER TABLE "checkin_schedule" DROP CONSTRAINT "checkin_schedule_created_by_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "checkin_schedule" DROP CONSTRAINT "checkin_schedule_couple_fk"',
    );
    await queryRunner.query('ALTER TABLE "couple" DROP COLUMN "share_scores"');
    await queryRunner.query('DROP INDEX "public"."checkin_score_couple_key_time_idx"');
    await queryRunner.query('DROP INDEX "public"."checkin_score_client_key_time_idx"');
    await queryRunner.query('DROP TABLE "checkin_score"');
    await queryRunner.query('DROP TYPE "public"."score_key"');
    await queryRunner.query('DROP INDEX "public"."checkin_client_due_idx"');
    await queryRunner.query('DROP INDEX "public"."checkin_couple_due_idx"');
    await queryRunner.query('DROP TABLE "checkin"');
    await queryRunner.query('DROP INDEX "public"."checkin_schedule_couple_idx"');
    await queryRunner.query('DROP TABLE "checkin_schedule"');
    await queryRunner.query('DROP TYPE "public"."checkin_form"');
  }
}
