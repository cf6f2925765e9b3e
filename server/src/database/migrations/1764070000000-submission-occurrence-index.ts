import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joins from an occurrence to its submissions (caseload counts, progress, reminders) could
 * not use the partial unique indexes and scanned the table per couple: about 100 s for a
 * 200-couple caseload at 350,000 submissions, 30–135 ms with this index.
 */
export class SubmissionOccurrenceIndex1764070000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "submission_occurrence_idx" ON "submission" ("occurrence_id")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."submission_occurrence_idx"');
  }
}
