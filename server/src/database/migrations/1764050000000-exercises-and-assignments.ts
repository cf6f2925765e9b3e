import { MigrationInterface, QueryRunner } from 'typeorm';
import { protectClinicalTable, unprotectClinicalTable } from '../row-level-security';

const CLINIC_TABLES = [
  'assignment',
  'assignment_occurrence',
  'submission',
  'submission_comment',
  'notification',
];

/**
 * The exercise library (built-in rows have no clinic and are shared), assignments with their
 * occurrences, submissions, counselors' comments and the notification outbox.
 */
export class ExercisesAndAssignments1764050000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "exercise" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid, "slug" character varying(80), "current_version" integer NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "exercise_id_clinic_key" UNIQUE ("id", "clinic_id"), CONSTRAINT "exercise_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "exercise_clinic_idx" ON "exercise"  ("clinic_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "exercise_slug_key" ON "exercise"  ("slug") WHERE slug IS NOT NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"building_step\" AS ENUM('KNOW_YOURSELF', 'BE_HONEST', 'SUPPORT_GOALS', 'STAY_IN_SYNC', 'CULTIVATE_OTHER_RELATIONSHIPS', 'SHARE_VULNERABILITIES', 'KEEP_WORKING', 'SAY_NO_WITHOUT_FEAR')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"dimension\" AS ENUM('COMMUNICATION', 'EQUALITY', 'GROWTH', 'COMMITMENT', 'PERSONAL_SPACE', 'CODEPENDENCE_RISK')",
    );
    await queryRunner.query(
      'CREATE TYPE "public"."exercise_mode" AS ENUM(\'INDIVIDUAL\', \'JOINT\')',
    );
    await queryRunner.query(
      'CREATE TABLE "exercise_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "exercise_id" uuid NOT NULL, "clinic_id" uuid, "version" integer NOT NULL, "title" character varying(120) NOT NULL, "building_step" "public"."building_step" NOT NULL, "dimension" "public"."dimension" NOT NULL, "rationale" character varying(600) NOT NULL, "instructions" character varying(4000) NOT NULL, "estimated_minutes" smallint NOT NULL, "mode" "public"."exercise_mode" NOT NULL, "prompts" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "exercise_version_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "exercise_version_exercise_version_key" ON "exercise_version"  ("exercise_id", "version") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"recurrence\" AS ENUM('NONE', 'WEEKLY', 'EVERY_TWO_WEEKS')",
    );
    await queryRunner.query(
      'CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "couple_id" uuid NOT NULL, "exercise_version_id" uuid NOT NULL, "client_id" uuid, "assigned_by" uuid NOT NULL, "note" character varying(1000), "recurrence" "public"."recurrence" NOT NULL DEFAULT \'NONE\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cancelled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "assignment_id_clinic_key" UNIQUE ("id", "clinic_id"), CONSTRAINT "assignment_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "assignment_couple_created_idx" ON "assignment"  ("couple_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "assignment_occurrence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "sequence" integer NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "assignment_occurrence_id_clinic_key" UNIQUE ("id", "clinic_id"), CONSTRAINT "assignment_occurrence_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "assignment_occurrence_open_due_idx" ON "assignment_occurrence"  ("due_at") WHERE closed_at IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "assignment_occurrence_sequence_key" ON "assignment_occurrence"  ("assignment_id", "sequence") ',
    );
    await queryRunner.query(
      'CREATE TYPE "public"."submission_status" AS ENUM(\'DRAFT\', \'SUBMITTED\')',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"submission_sharing\" AS ENUM('PRIVATE', 'PARTNER', 'AFTER_BOTH')",
    );
    await queryRunner.query(
      'CREATE TABLE "submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "occurrence_id" uuid NOT NULL, "client_id" uuid, "answers" jsonb NOT NULL DEFAULT \'[]\', "status" "public"."submission_status" NOT NULL DEFAULT \'DRAFT\', "sharing" "public"."submission_sharing" NOT NULL DEFAULT \'PRIVATE\', "idempotency_key" character varying(64), "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "submission_id_clinic_key" UNIQUE ("id", "clinic_id"), CONSTRAINT "submission_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "submission_joint_key" ON "submission"  ("occurrence_id") WHERE client_id IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "submission_individual_key" ON "submission"  ("occurrence_id", "client_id") WHERE client_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "submission_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "submission_comment_id_clinic_key" UNIQUE ("id", "clinic_id"), CONSTRAINT "submission_comment_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "submission_comment_submission_idx" ON "submission_comment"  ("submission_id", "created_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind\" AS ENUM('ASSIGNED', 'DUE_SOON', 'OVERDUE', 'COMMENT')",
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "occurrence_id" uuid NOT NULL, "dedupe_key" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notification_recipient_created_idx" ON "notification"  ("recipient_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "notification_dedupe_key" ON "notification"  ("dedupe_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise" ADD CONSTRAINT "exercise_clinic_fk" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise" ADD CONSTRAINT "exercise_created_by_fk" FOREIGN KEY ("created_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise_version" ADD CONSTRAINT "exercise_version_exercise_fk" FOREIGN KEY ("exercise_id", "clinic_id") REFERENCES "exercise"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise_version" ADD CONSTRAINT "exercise_version_created_by_fk" FOREIGN KEY ("created_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment" ADD CONSTRAINT "assignment_couple_fk" FOREIGN KEY ("couple_id", "clinic_id") REFERENCES "couple"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment" ADD CONSTRAINT "assignment_exercise_version_fk" FOREIGN KEY ("exercise_version_id") REFERENCES "exercise_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment" ADD CONSTRAINT "assignment_client_fk" FOREIGN KEY ("client_id", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment" ADD CONSTRAINT "assignment_assigned_by_fk" FOREIGN KEY ("assigned_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "assignment_occurrence" ADD CONSTRAINT "assignment_occurrence_assignment_fk" FOREIGN KEY ("assignment_id", "clinic_id") REFERENCES "assignment"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" ADD CONSTRAINT "submission_occurrence_fk" FOREIGN KEY ("occurrence_id", "clinic_id") REFERENCES "assignment_occurrence"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" ADD CONSTRAINT "submission_client_fk" FOREIGN KEY ("client_id", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" ADD CONSTRAINT "submission_updated_by_fk" FOREIGN KEY ("updated_by", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "submission_comment" ADD CONSTRAINT "submission_comment_submission_fk" FOREIGN KEY ("submission_id", "clinic_id") REFERENCES "submission"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "submission_comment" ADD CONSTRAINT "submission_comment_author_fk" FOREIGN KEY ("author_id", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_fk" FOREIGN KEY ("recipient_id", "clinic_id") REFERENCES "app_user"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "notification_occurrence_fk" FOREIGN KEY ("occurrence_id", "clinic_id") REFERENCES "assignment_occurrence"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    for (const table of ['exercise', 'exercise_version']) {
      await protectClinicalTable(queryRunner, table, ['SELECT', 'INSERT', 'UPDATE'], 'clinic_id', {
        sharedWhenClinicIsNull: true,
      });
    }
    for (const table of CLINIC_TABLES) {
      // Comments are never edited; nothing here is deleted (cancelling closes, archiving hides).
      const privileges =
        table === 'submission_comment' ? ['SELECT', 'INSERT'] : ['SELECT', 'INSERT', 'UPDATE'];
      await protectClinicalTable(
        queryRunner,
        table,
        privileges as Array<'SELECT' | 'INSERT' | 'UPDATE'>,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...CLINIC_TABLES, 'exercise_version', 'exercise']) {
      await unprotectClinicalTable(queryRunner, table);
    }
    await queryRunner.query(
      'ALTER TABLE "notification" DROP CONSTRAINT "notification_occurrence_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" DROP CONSTRAINT "notification_recipient_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "submission_comment" DROP CONSTRAINT "submission_comment_author_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "submission_comment" DROP CONSTRAINT "submission_comment_submission_fk"',
    );
    await queryRunner.query('ALTER TABLE "submission" DROP CONSTRAINT "submission_updated_by_fk"');
    await queryRunner.query('ALTER TABLE "submission" DROP CONSTRAINT "submission_client_fk"');
    await queryRunner.query('ALTER TABLE "submission" DROP CONSTRAINT "submission_occurrence_fk"');
    await queryRunner.query(
      'ALTER TABLE "assignment_occurrence" DROP CONSTRAINT "assignment_occurrence_assignment_fk"',
    );
    await queryRunner.query('ALTER TABLE "assignment" DROP CONSTRAINT "assignment_assigned_by_fk"');
    await queryRunner.query('ALTER TABLE "assignment" DROP CONSTRAINT "assignment_client_fk"');
    await queryRunner.query(
      'ALTER TABLE "assignment" DROP CONSTRAINT "assignment_exercise_version_fk"',
    );
    await queryRunner.query('ALTER TABLE "assignment" DROP CONSTRAINT "assignment_couple_fk"');
    await queryRunner.query(
      'ALTER TABLE "exercise_version" DROP CONSTRAINT "exercise_version_created_by_fk"',
    );
    await queryRunner.query(
      'ALTER TABLE "exercise_version" DROP CONSTRAINT "exercise_version_exercise_fk"',
    );
    await queryRunner.query('ALTER TABLE "exercise" DROP CONSTRAINT "exercise_created_by_fk"');
    await queryRunner.query('ALTER TABLE "exercise" DROP CONSTRAINT "exercise_clinic_fk"');
    await queryRunner.query('DROP INDEX "public"."notification_dedupe_key"');
    await queryRunner.query('DROP INDEX "public"."notification_recipient_created_idx"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
    await queryRunner.query('DROP INDEX "public"."submission_comment_submission_idx"');
    await queryRunner.query('DROP TABLE "submission_comment"');
    await queryRunner.query('DROP INDEX "public"."submission_individual_key"');
    await queryRunner.query('DROP INDEX "public"."submission_joint_key"');
    await queryRunner.query('DROP TABLE "submission"');
    await queryRunner.query('DROP TYPE "public"."submission_sharing"');
    await queryRunner.query('DROP TYPE "public"."submission_status"');
    await queryRunner.query('DROP INDEX "public"."assignment_occurrence_sequence_key"');
    await queryRunner.query('DROP INDEX "public"."assignment_occurrence_open_due_idx"');
    await queryRunner.query('DROP TABLE "assignment_occurrence"');
    await queryRunner.query('DROP INDEX "public"."assignment_couple_created_idx"');
    await queryRunner.query('DROP TABLE "assignment"');
    await queryRunner.query('DROP TYPE "public"."recurrence"');
    await queryRunner.query('DROP INDEX "public"."exercise_version_exercise_version_key"');
    await queryRunner.query('DROP TABLE "exercise_version"');
    await queryRunner.query('DROP TYPE "public"."exercise_mode"');
    await queryRunner.query('DROP TYPE "public"."dimension"');
    await queryRunner.query('DROP TYPE "public"."building_step"');
    await queryRunner.query('DROP INDEX "public"."exercise_slug_key"');
    await queryRunner.query('DROP INDEX "public"."exercise_clinic_idx"');
    await queryRunner.query('DROP TABLE "exercise"');
  }
}
