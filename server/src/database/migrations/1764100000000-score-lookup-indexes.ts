import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScoreLookupIndexes1764100000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "checkin_full_submitted_idx" ON "checkin"  ("submitted_at") WHERE form = \'FULL\' AND submitted_at IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_score_risk_client_time_idx" ON "checkin_score"  ("client_id", "taken_at") WHERE key = \'CODEPENDENCE_RISK\'',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_score_index_client_time_idx" ON "checkin_score"  ("client_id", "taken_at") WHERE key = \'INDEX\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."checkin_score_index_client_time_idx"');
    await queryRunner.query('DROP INDEX "public"."checkin_score_risk_client_time_idx"');
    await queryRunner.query('DROP INDEX "public"."checkin_full_submitted_idx"');
  }
}
