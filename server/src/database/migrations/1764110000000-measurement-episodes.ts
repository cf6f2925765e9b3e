import {
  CHECKIN_INSTRUMENTS,
  CheckinForm,
  formKeys,
  instrumentVersion,
  itemsOf,
} from '@tandem/shared';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { protectClinicalTable, unprotectClinicalTable } from '../row-level-security';

/** The version every unsubmitted version-1 check-in moves to. */
const NEW_VERSION = 2;

/**
 * The scored items of every form of every instrument version, as rows for SQL, so that the
 * backfills below are set-based. `of` is how many scored items the item's dimension has in
 * that form (for the 80 % rule of scoreCheckin).
 */
function formItems() {
  return CHECKIN_INSTRUMENTS.flatMap((instrument) =>
    [CheckinForm.FULL, CheckinForm.PULSE].flatMap((form) => {
      const items = itemsOf(instrument, form);
      return items.map((entry) => ({
        version: instrument.version,
        form,
        key: entry.key,
        dimension: entry.dimension,
        reverse: entry.reverse,
        of: items.filter((other) => other.dimension === entry.dimension).length,
        min: instrument.scale.min,
        max: instrument.scale.max,
      }));
    }),
  );
}

const FORM_ITEMS = `json_to_recordset($1::json) AS i(version int, form text, key text, dimension text,
  reverse boolean, "of" int, min int, max int)`;

/**
 * Measurement a counselor can trust (issue 13):
 * - care_episode: a couple's stretches of care, kept by triggers on couple, so baselines and
 *   change are measured within the current episode;
 * - checkin_score rows carry the form they were scored on and the instrument version; a full
 *   check-in also gets pulse-form rows (scored from its pulse items), backfilled here;
 * - checkin.straight_lined, backfilled for submitted check-ins;
 * - unsubmitted, open version-1 check-ins move to version 2 (answers v2 does not ask dropped).
 */
export class MeasurementEpisodes1764110000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await this.careEpisodes(queryRunner);
    await this.scoreForms(queryRunner);
    await this.straightLining(queryRunner);
    await this.moveOpenCheckinsToNewVersion(queryRunner);
  }

  private async careEpisodes(queryRunner: QueryRunner) {
    await queryRunner.query(
      'CREATE TABLE "care_episode" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "clinic_id" uuid NOT NULL, "couple_id" uuid NOT NULL, "number" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "care_episode_id_clinic_key" UNIQUE ("id", "clinic_id"), CONSTRAINT "care_episode_couple_number_key" UNIQUE ("couple_id", "number"), CONSTRAINT "care_episode_dates_check" CHECK (ended_at IS NULL OR ended_at >= started_at), CONSTRAINT "care_episode_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "care_episode_one_open_key" ON "care_episode" ("couple_id") WHERE ended_at IS NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "care_episode" ADD CONSTRAINT "care_episode_couple_fk" FOREIGN KEY ("couple_id", "clinic_id") REFERENCES "couple"("id","clinic_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // What came before is one episode per couple: the history of reopenings was not kept. A
    // discharged couple's episode ends when its partners left (or now, if that is unknown).
    await queryRunner.query(`
      INSERT INTO care_episode (clinic_id, couple_id, number, started_at, ended_at)
      SELECT c.clinic_id, c.id, 1, c.in_care_since,
             CASE WHEN c.status = 'DISCHARGED' THEN greatest(c.in_care_since, coalesce(
               (SELECT max(p.left_at) FROM couple_partner p WHERE p.couple_id = c.id), now())) END
        FROM couple c`);
    // Invoker's rights: the application role writes the episode under the same clinic wall as
    // the couple row that fired it.
    await queryRunner.query(`
      CREATE FUNCTION care_episode_follows_couple() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO care_episode (clinic_id, couple_id, number, started_at, ended_at)
          VALUES (NEW.clinic_id, NEW.id, 1, NEW.in_care_since,
                  CASE WHEN NEW.status = 'DISCHARGED' THEN greatest(NEW.in_care_since, now()) END);
          RETURN NULL;
        END IF;
        IF OLD.status = 'ACTIVE' AND NEW.status = 'DISCHARGED' THEN
          UPDATE care_episode SET ended_at = greatest(started_at, now())
           WHERE couple_id = NEW.id AND ended_at IS NULL;
        ELSIF OLD.status = 'DISCHARGED' AND NEW.status = 'ACTIVE' THEN
          INSERT INTO care_episode (clinic_id, couple_id, number, started_at)
          SELECT NEW.clinic_id, NEW.id, coalesce(max(e.number), 0) + 1, now()
            FROM care_episode e WHERE e.couple_id = NEW.id;
        END IF;
        -- A first episode follows a corrected start of care (episode 1 has no lower bound for
        -- scores; its start is when care began).
        IF OLD.in_care_since IS DISTINCT FROM NEW.in_care_since THEN
          UPDATE care_episode SET started_at = NEW.in_care_since
           WHERE couple_id = NEW.id AND number = 1
             AND (ended_at IS NULL OR ended_at >= NEW.in_care_since);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER couple_care_episode_started AFTER INSERT ON couple
        FOR EACH ROW EXECUTE FUNCTION care_episode_follows_couple()`);
    await queryRunner.query(`
      CREATE TRIGGER couple_care_episode_changed AFTER UPDATE OF status, in_care_since ON couple
        FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.in_care_since IS DISTINCT FROM NEW.in_care_since)
        EXECUTE FUNCTION care_episode_follows_couple()`);
    await protectClinicalTable(queryRunner, 'care_episode', ['SELECT', 'INSERT', 'UPDATE']);
  }

  private async scoreForms(queryRunner: QueryRunner) {
    await queryRunner.query('ALTER TABLE "checkin_score" ADD "form" "public"."checkin_form"');
    await queryRunner.query('ALTER TABLE "checkin_score" ADD "instrument_version" smallint');
    await queryRunner.query(`
      UPDATE checkin_score s SET form = k.form, instrument_version = k.instrument_version
        FROM checkin k WHERE k.id = s.checkin_id`);
    await queryRunner.query('ALTER TABLE "checkin_score" ALTER COLUMN "form" SET NOT NULL');
    await queryRunner.query(
      'ALTER TABLE "checkin_score" ALTER COLUMN "instrument_version" SET NOT NULL',
    );
    await queryRunner.query('ALTER TABLE "checkin_score" DROP CONSTRAINT "checkin_score_pkey"');
    await queryRunner.query(
      'ALTER TABLE "checkin_score" ADD CONSTRAINT "checkin_score_pkey" PRIMARY KEY ("checkin_id", "form", "key")',
    );
    // A full check-in scored on its pulse items, as scoreCheckin(instrument, PULSE, answers)
    // does: reverse-keyed answers count as min + max − value, a dimension needs 80 % of its
    // items, scores are rounded to tenths, the index is the mean of the five positive ones.
    await queryRunner.query(
      `WITH answered AS (
         SELECT k.id, k.clinic_id, k.couple_id, k.client_id, k.instrument_version, t.taken_at,
                i.dimension, i."of", i.min, i.max,
                CASE WHEN i.reverse THEN i.min + i.max - a.value ELSE a.value END AS keyed
           FROM checkin k
           JOIN (SELECT checkin_id, min(taken_at) AS taken_at FROM checkin_score GROUP BY checkin_id) t
             ON t.checkin_id = k.id
          CROSS JOIN LATERAL jsonb_to_recordset(k.answers) AS a("itemKey" text, value int)
           JOIN ${FORM_ITEMS} ON i.version = k.instrument_version AND i.form = 'PULSE' AND i.key = a."itemKey"
          WHERE k.form = 'FULL' AND k.submitted_at IS NOT NULL),
       dimension AS (
         SELECT id, clinic_id, couple_id, client_id, instrument_version, taken_at, dimension,
                round((sum(keyed) - count(*) * min) * 1000.0 / (count(*) * (max - min))) / 10 AS score
           FROM answered
          GROUP BY id, clinic_id, couple_id, client_id, instrument_version, taken_at, dimension, "of", min, max
         HAVING count(*) * 5 >= "of" * 4),
       scored AS (
         SELECT id, clinic_id, couple_id, client_id, instrument_version, taken_at, dimension AS key, score
           FROM dimension
         UNION ALL
         SELECT id, clinic_id, couple_id, client_id, instrument_version, taken_at, 'INDEX',
                round(sum(score * 10) / 5.0) / 10
           FROM dimension WHERE dimension <> 'CODEPENDENCE_RISK'
          GROUP BY id, clinic_id, couple_id, client_id, instrument_version, taken_at
         HAVING count(*) = 5)
       INSERT INTO checkin_score (checkin_id, form, key, instrument_version, clinic_id, couple_id, client_id, score, taken_at)
       SELECT id, 'PULSE', key::score_key, instrument_version, clinic_id, couple_id, client_id, score, taken_at
         FROM scored`,
      [JSON.stringify(formItems())],
    );
    for (const index of [
      'checkin_score_couple_key_time_idx',
      'checkin_score_client_key_time_idx',
      'checkin_score_index_client_time_idx',
      'checkin_score_risk_client_time_idx',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
    }
    await queryRunner.query(
      'CREATE INDEX "checkin_score_couple_client_time_idx" ON "checkin_score" ("couple_id", "client_id", "taken_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_score_full_index_idx" ON "checkin_score" ("couple_id", "client_id", "taken_at") WHERE key = \'INDEX\' AND form = \'FULL\'',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_score_pulse_index_idx" ON "checkin_score" ("couple_id", "client_id", "taken_at") WHERE key = \'INDEX\' AND form = \'PULSE\'',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_score_full_risk_idx" ON "checkin_score" ("couple_id", "client_id", "taken_at") WHERE key = \'CODEPENDENCE_RISK\' AND form = \'FULL\'',
    );
  }

  /** The same answer to every scored item of the form (at least four), as isStraightLined. */
  private async straightLining(queryRunner: QueryRunner) {
    await queryRunner.query(
      'ALTER TABLE "checkin" ADD "straight_lined" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(
      `UPDATE checkin k SET straight_lined = true
         FROM (SELECT k.id
                 FROM checkin k
                CROSS JOIN LATERAL jsonb_to_recordset(k.answers) AS a("itemKey" text, value int)
                 JOIN ${FORM_ITEMS} ON i.version = k.instrument_version AND i.form = k.form::text AND i.key = a."itemKey"
                WHERE k.submitted_at IS NOT NULL
                GROUP BY k.id
               HAVING count(DISTINCT a."itemKey") >= 4 AND count(DISTINCT a.value) = 1) lined
        WHERE lined.id = k.id`,
      [JSON.stringify(formItems())],
    );
  }

  private async moveOpenCheckinsToNewVersion(queryRunner: QueryRunner) {
    const next = instrumentVersion(NEW_VERSION);
    await queryRunner.query(
      `UPDATE checkin k
          SET instrument_version = $1,
              answers = coalesce((SELECT jsonb_agg(a.answer ORDER BY a.n) FROM jsonb_array_elements(k.answers)
                                   WITH ORDINALITY AS a(answer, n)
                                  WHERE a.answer ->> 'itemKey' = ANY(CASE k.form WHEN 'FULL' THEN $2::text[] ELSE $3::text[] END)),
                                 '[]'::jsonb)
        WHERE k.instrument_version = 1 AND k.submitted_at IS NULL AND k.closed_at IS NULL`,
      [NEW_VERSION, formKeys(next, CheckinForm.FULL), formKeys(next, CheckinForm.PULSE)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Moved check-ins stay on version 2 (their dropped draft answers are gone); version 2
    // remains scoreable by the code that reads instrument_version.
    await queryRunner.query('ALTER TABLE "checkin" DROP COLUMN "straight_lined"');
    for (const index of [
      'checkin_score_full_risk_idx',
      'checkin_score_pulse_index_idx',
      'checkin_score_full_index_idx',
      'checkin_score_couple_client_time_idx',
    ]) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
    }
    await queryRunner.query(
      `DELETE FROM checkin_score WHERE form::text <> (SELECT k.form::text FROM checkin k WHERE k.id = checkin_id)`,
    );
    await queryRunner.query('ALTER TABLE "checkin_score" DROP CONSTRAINT "checkin_score_pkey"');
    await queryRunner.query(
      'ALTER TABLE "checkin_score" ADD CONSTRAINT "checkin_score_pkey" PRIMARY KEY ("checkin_id", "key")',
    );
    await queryRunner.query('ALTER TABLE "checkin_score" DROP COLUMN "instrument_version"');
    await queryRunner.query('ALTER TABLE "checkin_score" DROP COLUMN "form"');
    await queryRunner.query(
      'CREATE INDEX "checkin_score_client_key_time_idx" ON "checkin_score" ("client_id", "key", "taken_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_score_couple_key_time_idx" ON "checkin_score" ("couple_id", "key", "taken_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_score_risk_client_time_idx" ON "checkin_score" ("client_id", "taken_at") WHERE key = \'CODEPENDENCE_RISK\'',
    );
    await queryRunner.query(
      'CREATE INDEX "checkin_score_index_client_time_idx" ON "checkin_score" ("client_id", "taken_at") WHERE key = \'INDEX\'',
    );
    await unprotectClinicalTable(queryRunner, 'care_episode');
    await queryRunner.query('DROP TRIGGER couple_care_episode_changed ON couple');
    await queryRunner.query('DROP TRIGGER couple_care_episode_started ON couple');
    await queryRunner.query('DROP FUNCTION care_episode_follows_couple()');
    await queryRunner.query('DROP TABLE "care_episode"');
  }
}
