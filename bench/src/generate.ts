/**
 * A seeded, reproducible clinic network for benchmarks, generated inside PostgreSQL with
 * INSERT … SELECT over generate_series: nothing is written row by row from Node.
 *
 * Everything random is a hash of a row's number and the seed (hashint8extended, which
 * PostgreSQL keeps stable because hash partitioning depends on it), and ids are built from
 * the seed, a type code and the row's number, so one seed gives the same network every time.
 * Times are offsets in whole hours from one anchor (the start of the current hour, or `now`),
 * so the history always ends today and the open to-dos are always due in the coming days.
 *
 * Runs as the owner connection (which bypasses row-level security) on a migrated database whose
 * built-in exercise library has been synced; it refuses a database that already has a network.
 */
import {
  type Answer,
  CHECKIN_INSTRUMENT,
  CheckinForm,
  Dimension,
  LIMITS,
  POSITIVE_DIMENSIONS,
  type Prompt,
  PromptKind,
  scoreCheckin,
} from '@tandem/shared';
import { Client } from 'pg';

export interface Scale {
  clinics: number;
  /** All counselors of the network, the named bench counselors included. */
  counselors: number;
  couples: number;
  /** How far back the longest history goes; each couple has been in care 1 to `months` months. */
  months: number;
  seed: number;
}

export const SCALES = {
  /** At least 1,000,000 check-in scores and 200,000 exercise submissions. */
  default: { clinics: 20, counselors: 300, couples: 10_000, months: 24, seed: 1 },
  /** Big enough for the 10-, 100- and 200-couple caseloads (310 couples), loads in seconds. */
  quick: { clinics: 2, counselors: 20, couples: 400, months: 6, seed: 1 },
} satisfies Record<string, Scale>;

export type Preset = keyof typeof SCALES;

/** Every generated account signs in with this password (the demo one). */
export const BENCH_PASSWORD = 'tandem-demo-password';
export const BENCH_CLIENT_EMAIL = 'bench.client@bench.example';
/** The caseloads of the named counselors in clinic 1, e.g. bench.counselor.200@bench.example. */
export const BENCH_CASELOADS = [10, 100, 200, 1000] as const;
export const benchCounselorEmail = (caseload: number) =>
  `bench.counselor.${caseload}@bench.example`;

/** Weeks between check-ins, and how many are scheduled ahead of today. */
export const CHECKIN_EVERY_WEEKS = 3;
export const FUTURE_CHECKINS = 3;
/** Days between new assignments for a couple. */
export const ASSIGNMENT_EVERY_DAYS = 21;
/** Open to-dos given to the bench client's couple on top of the regular ones. */
export const BENCH_CLIENT_OPEN_TODOS = 3;

export interface GenerateOptions {
  /** The password_hash stored for every account (hash BENCH_PASSWORD with PasswordHasher). */
  passwordHash: string;
  /** The end of the history; defaults to the start of the current hour. */
  now?: Date;
  /** Also log every statement's time. */
  trace?: boolean;
}

export interface NetworkSummary {
  scale: Scale;
  anchor: string;
  seconds: number;
  /** Rows inserted per table. */
  counts: Record<string, number>;
  clinicIds: string[];
  /** The named counselors made (a caseload that does not fit the scale is skipped). */
  benchCounselors: Array<{ email: string; couples: number; id: string }>;
  benchClient: { email: string; id: string; coupleId: string; counselorEmail: string };
}

type Log = (line: string) => void;

const HOUR_MS = 3_600_000;
const DAY_H = 24;
const CHECKIN_STEP_H = CHECKIN_EVERY_WEEKS * 7 * DAY_H;
const ASSIGNMENT_STEP_H = ASSIGNMENT_EVERY_DAYS * DAY_H;
/** A month of care, in hours (30.4 days), so counts never depend on the calendar. */
const MONTH_H = 730;
/** A check-in can be taken from three days before it is due (CHECKIN_OPENED). */
const FIRST_CHECKIN_AFTER_H = 3 * DAY_H;
/** Past occurrences not done by all their partners this long after the due date get closed. */
const CLOSE_UNDONE_AFTER_H = 28 * DAY_H;

/** Type codes, the second group of every generated uuid. */
const ID = {
  clinic: 1,
  admin: 2,
  counselor: 3,
  benchCounselor: 4,
  client: 5,
  couple: 6,
  schedule: 7,
  checkin: 8,
  assignment: 9,
  occurrence: 10,
  submission: 11,
  assigned: 12,
  comment: 13,
  dueSoon: 14,
  overdue: 15,
} as const;

const GIVEN = [
  'Alex', 'Sam', 'Jordan', 'Casey', 'Riley', 'Taylor', 'Jamie', 'Drew', 'Morgan', 'Avery', 'Quinn',
  'Rowan', 'Elliot', 'Harper', 'Skyler', 'Reese', 'Dana', 'Chris', 'Robin', 'Jesse', 'Kendall',
  'Parker', 'Emerson', 'Finley', 'Noah', 'Mia', 'Sasha', 'Kai', 'Ari', 'Blake', 'Cameron', 'Devon',
  'Eden', 'Frankie', 'Hayden', 'Jules', 'Lane', 'Micah', 'Nico', 'Oakley', 'Peyton', 'Remy',
]; // prettier-ignore
const FAMILY = [
  'Morgan', 'Bennett', 'Nguyen', 'Castillo', 'Patel', 'Fischer', 'Adeyemi', 'Kowalski', 'Haddad',
  'Silva', 'Yamamoto', 'Okonkwo', 'Larsen', 'Lindqvist', 'Reyes', 'Shah', 'Hoffmann', 'Farouk',
  'Novak', 'Rossi', 'Dubois', 'Kim', 'Schmidt', 'Garcia', 'Andersen', 'Mensah', 'Ivanova', 'Costa',
  'Murphy', 'Tanaka', 'Kaur', 'Oyelaran', 'Weber', 'Moreau', 'Lopez', 'Sato', 'Brennan', 'Akhtar',
]; // prettier-ignore
const SAMPLE_TEXTS = [
  'We talked on the walk home and it felt easier than at the kitchen table.',
  'I noticed I say yes too quickly when I am tired.',
  'Sunday mornings work best for both of us.',
  'I would like us to plan one evening a week that is just ours.',
  'It helped to write it down first and then say it out loud.',
];
const COMMENTS = [
  'Thank you both. Let us start next session with what you picked first.',
  'This is a real step. What made it easier this time?',
  'Good noticing. Keep a note of when it happens this week.',
];

/** Which named counselors fit: the 200-couple caseload first (the bench client's counselor). */
export function planBenchCounselors(couples: number): Array<{ caseload: number; first: number }> {
  const made: number[] = [];
  let total = 0;
  for (const caseload of [200, 10, 100, 1000]) {
    if (total + caseload > couples) continue;
    made.push(caseload);
    total += caseload;
  }
  made.sort((a, b) => a - b);
  let first = 1;
  return made.map((caseload) => {
    const block = { caseload, first };
    first += caseload;
    return block;
  });
}

/** Rows every scale has exactly (the rest depend on how long each couple has been in care). */
export function expectedCounts(scale: Scale) {
  return {
    clinic: scale.clinics,
    app_user: scale.clinics + scale.counselors + 2 * scale.couples,
    couple: scale.couples,
    couple_partner: 2 * scale.couples,
    checkin_schedule: scale.couples,
  };
}

/** The uuid generated for row `n` of a type, as built by `uid` in SQL. */
export function benchId(seed: number, type: number, n: number): string {
  const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');
  return `${hex(seed >>> 0, 8)}-${hex(type, 4)}-4000-8000-${hex(n, 12)}`;
}

/** Plausible answers to every prompt of an exercise, valid for a submission. */
export function sampleAnswers(prompts: readonly Prompt[], plannedAt: Date): Answer[] {
  return prompts.map((prompt, index): Answer => {
    switch (prompt.kind) {
      case PromptKind.TEXT:
        return {
          promptKey: prompt.key,
          text: SAMPLE_TEXTS[index % SAMPLE_TEXTS.length].slice(
            0,
            prompt.maxLength ?? LIMITS.textAnswerDefaultMaxLength,
          ),
        };
      case PromptKind.SCALE: {
        const min = prompt.min ?? 0;
        return {
          promptKey: prompt.key,
          value: min + ((index * 3) % ((prompt.max ?? 10) - min + 1)),
        };
      }
      case PromptKind.CHECKLIST:
        return {
          promptKey: prompt.key,
          optionKeys: (prompt.options ?? []).slice(0, 2).map((option) => option.key),
        };
      case PromptKind.CHOICE: {
        const options = prompt.options ?? [];
        return { promptKey: prompt.key, optionKeys: [options[index % options.length].key] };
      }
      case PromptKind.PLAN:
        return { promptKey: prompt.key, plannedAt: plannedAt.toISOString().slice(0, 16) };
    }
  });
}

/** The six dimensions in score order: the five positive ones, then codependence risk. */
const DIMENSIONS: Dimension[] = [...POSITIVE_DIMENSIONS, Dimension.CODEPENDENCE_RISK];

/**
 * For each dimension, the answers to its items that add up (after reverse keying) to each
 * possible keyed sum, and the score the shared scorer gives them: a check-in's answers are
 * then a concatenation of six pieces, and its scores are exactly what the server would store.
 */
export function instrumentPieces() {
  const { min, max } = CHECKIN_INSTRUMENT.scale;
  if (Object.values(Dimension).length !== DIMENSIONS.length) {
    throw new Error('The bench generator knows six dimensions; the instrument has changed.');
  }
  return DIMENSIONS.map((dimension) => {
    const items = CHECKIN_INSTRUMENT.items.filter((item) => item.dimension === dimension);
    const n = items.length;
    const pulseKeys = new Set(items.filter((item) => item.pulse).map((item) => item.key));
    const pieces: Array<Array<{ itemKey: string; value: number }>> = [];
    const scores: number[] = [];
    const pulseScores: number[] = [];
    /** The one value every answer of the piece gives, or 0 when they differ (straight-lining). */
    const uniform: number[] = [];
    for (let above = 0; above <= n * (max - min); above++) {
      // n whole values from min to max that add up to n·min + above (Hermite's identity).
      const answers = items.map((item, j) => {
        const keyed = min + Math.floor((above + j) / n);
        return { itemKey: item.key, value: item.reverse ? min + max - keyed : keyed };
      });
      const score = scoreCheckin(CHECKIN_INSTRUMENT, CheckinForm.FULL, answers).dimensions[
        dimension
      ];
      const pulse = scoreCheckin(
        CHECKIN_INSTRUMENT,
        CheckinForm.PULSE,
        answers.filter((answer) => pulseKeys.has(answer.itemKey)),
      ).dimensions[dimension];
      if (score === undefined || pulse === undefined) throw new Error(`No score for ${dimension}`);
      pieces.push(answers);
      scores.push(score);
      pulseScores.push(pulse);
      uniform.push(
        answers.every((answer) => answer.value === answers[0].value) ? answers[0].value : 0,
      );
    }
    return {
      dimension,
      items: n,
      minSum: n * min,
      span: n * (max - min),
      pieces,
      scores,
      pulseScores,
      uniform,
    };
  });
}

function assertScale(scale: Scale) {
  for (const [key, value] of Object.entries(scale)) {
    if (!Number.isInteger(value) || value < 0 || value > 2 ** 31 - 1) {
      throw new Error(`Scale ${key} must be a whole number from 0 to 2^31-1, not ${value}`);
    }
  }
  if (scale.clinics < 1 || scale.couples < 1 || scale.months < 1) {
    throw new Error('A network needs at least one clinic, one couple and one month of history');
  }
  if (scale.months > 600) throw new Error('At most 600 months of history');
}

/** Generates the network; see the file comment. Returns what it made and how long it took. */
export async function generateNetwork(
  ownerUrl: string,
  scale: Scale,
  log: Log,
  options: GenerateOptions,
): Promise<NetworkSummary> {
  assertScale(scale);
  const started = Date.now();
  const { clinics: C, counselors: N, couples: M, months, seed } = scale;
  const anchorDate = options.now ?? new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS);
  const anchor = `'${anchorDate.toISOString()}'::timestamptz`;
  const bench = planBenchCounselors(M);
  const K = bench.length;
  const S = bench.reduce((total, block) => total + block.caseload, 0);
  const R = N - K;
  if (R < C) {
    throw new Error(
      `${N} counselors leave ${R} besides the ${K} named ones: every one of the ${C} clinics needs one`,
    );
  }
  const clientBlock = bench.find((block) => block.caseload === 200) ?? bench[0];
  /** The bench client's couple: the first of the 200-couple caseload (or of what was made). */
  const B = clientBlock?.first ?? S + 1;

  // --- SQL building blocks ---------------------------------------------------------------
  const seedHex = (seed >>> 0).toString(16).padStart(8, '0');
  const uid = (type: number, n: string) =>
    `('${seedHex}-${type.toString(16).padStart(4, '0')}-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid`;
  /** A uniform pseudo-random number in [0, 1) from a row number and a salt. */
  const rnd = (key: string, salt: number) =>
    `((hashint8extended((${key})::bigint, ${seed * 1000 + salt}) & 2147483647)::float8 / 2147483648.0)`;
  /** n hours after the anchor (negative: before). */
  const at = (hours: string) => `(${anchor} + (${hours}) * interval '1 hour')`;
  const pick = (list: readonly string[], index: string) =>
    `(ARRAY[${list.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}])[1 + (${index}) % ${list.length}]`;
  /** Regular counselors r = 1..R: clinic ((r-1) % C)+1; clinic c has nc(c) of them. */
  const nc = (clinic: string) => `((${R} - (${clinic})) / ${C} + 1)`;

  const client = new Client({ connectionString: ownerUrl, application_name: 'tandem-bench-seed' });
  await client.connect();
  const counts: Record<string, number> = {};
  /**
   * One table's rows in one transaction. For a bulk table, its foreign keys and the indexes
   * that back no constraint are dropped first and made again from their own definitions at the
   * end, in the same transaction: one validating join and one sorted build each are several
   * times faster than a trigger and an index insertion per row, and every constraint is still
   * checked before the rows are committed.
   */
  const step = async (table: string, statements: string[], { bulk = false } = {}) => {
    const t0 = Date.now();
    let rows = 0;
    await client.query('BEGIN');
    try {
      const rebuild: string[] = [];
      if (bulk) {
        const { rows: keys } = await client.query<{ drop: string; make: string }>(
          `SELECT format('ALTER TABLE %I DROP CONSTRAINT %I', $1::text, conname) AS drop,
                  format('ALTER TABLE %I ADD CONSTRAINT %I %s', $1::text, conname, pg_get_constraintdef(oid)) AS make
             FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f' ORDER BY conname`,
          [table],
        );
        const { rows: indexes } = await client.query<{ drop: string; make: string }>(
          `SELECT format('DROP INDEX %I.%I', n.nspname, c.relname) AS drop, pg_get_indexdef(c.oid) AS make
             FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE i.indrelid = $1::regclass
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY c.relname`,
          [table],
        );
        for (const { drop } of [...keys, ...indexes]) await client.query(drop);
        rebuild.push(...indexes.map((index) => index.make), ...keys.map((key) => key.make));
      }
      for (const sql of [...statements, ...rebuild]) {
        const ts = Date.now();
        const result = await client.query(sql);
        if (options.trace)
          log(
            `   ${((Date.now() - ts) / 1000).toFixed(2)} s  ${sql.slice(0, 90).replace(/\s+/g, ' ')}`,
          );
        if (result.command === 'INSERT') rows += result.rowCount ?? 0;
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    counts[table] = (counts[table] ?? 0) + rows;
    log(
      `${table.padEnd(22)} ${String(rows).padStart(9)} rows  ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  };

  try {
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET work_mem = '64MB'`);
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query(`SET jit = off`);

    const [{ existing }] = (
      await client.query<{ existing: number }>(
        `SELECT count(*)::int AS existing FROM app_user WHERE email = $1`,
        [BENCH_CLIENT_EMAIL],
      )
    ).rows;
    if (existing > 0) {
      throw new Error('This database already has a bench network: generate into a fresh one');
    }

    // --- What every row is made of: small temporary tables ---------------------------------
    const t0 = Date.now();
    const versions: Array<{ id: string; mode: string; prompts: Prompt[] }> = (
      await client.query<{ id: string; mode: string; prompts: Prompt[] }>(
        `SELECT v.id, v.mode, v.prompts FROM exercise e
           JOIN exercise_version v ON v.exercise_id = e.id AND v.version = e.current_version
          WHERE e.clinic_id IS NULL AND e.archived_at IS NULL ORDER BY e.slug`,
      )
    ).rows;
    const individual = versions.flatMap((v, vno) => (v.mode === 'INDIVIDUAL' ? [vno] : []));
    if (individual.length === 0) {
      throw new Error('No built-in exercises: run the migrations (they sync the library) first');
    }
    const plannedAt = new Date(anchorDate.getTime() + 3 * DAY_H * HOUR_MS);
    await client.query(
      `CREATE TEMP TABLE b_version AS
       SELECT v.vno, v.id, v.mode, v.answers FROM json_to_recordset($1::json)
           AS v(vno int, id uuid, mode text, answers jsonb)`,
      [
        JSON.stringify(
          versions.map((v, vno) => ({
            vno,
            id: v.id,
            mode: v.mode,
            answers: sampleAnswers(v.prompts, plannedAt),
          })),
        ),
      ],
    );
    const V = versions.length;

    const benchCounselorRows = bench
      .map(
        (block) =>
          `(${block.caseload}, ${uid(ID.benchCounselor, String(block.caseload))}, '${benchCounselorEmail(block.caseload)}')`,
      )
      .join(', ');
    await client.query(`
      CREATE TEMP TABLE b_counselor AS
      SELECT r AS no, ((r - 1) % ${C}) + 1 AS clinic_no, ${uid(ID.counselor, 'r')} AS id,
             'counselor.' || r || '@bench.example' AS email,
             ${pick(GIVEN, 'r * 7')} || ' ' || ${pick(FAMILY, 'r * 11 + 3')} AS name, 'COUNSELOR' AS role
        FROM generate_series(1, ${R}) r
      UNION ALL
      SELECT 0, 1, b.id, b.email, 'Bench Counselor ' || b.caseload, 'COUNSELOR'
        FROM (VALUES ${benchCounselorRows || '(0, NULL::uuid, NULL::text)'}) AS b(caseload, id, email)
       WHERE b.id IS NOT NULL
      UNION ALL
      SELECT 0, c, ${uid(ID.admin, 'c')}, 'admin.' || c || '@bench.example',
             'Admin of Bench Clinic ' || c, 'ADMIN'
        FROM generate_series(1, ${C}) c`);

    // Couples 1..S belong to the named counselors of clinic 1, in blocks; the rest go round
    // the clinics, and within a clinic round its regular counselors.
    const benchPrimary =
      bench.length === 0
        ? 'NULL::uuid'
        : `CASE ${bench
            .map(
              (block) =>
                `WHEN i < ${block.first + block.caseload} THEN ${uid(ID.benchCounselor, String(block.caseload))}`,
            )
            .join(' ')} END`;
    await client.query(`
      CREATE TEMP TABLE b_couple AS
      WITH base AS (
        SELECT i, CASE WHEN i <= ${S} THEN 1 ELSE ((i - ${S} - 1) % ${C}) + 1 END AS clinic_no,
               CASE WHEN i <= ${S} THEN 0 ELSE (i - ${S} - 1) / ${C} END AS q,
               i = ${B} AS is_bench,
               CASE WHEN i = ${B} THEN ${months} ELSE 1 + floor(${rnd('i', 1)} * ${months})::int END AS months_in_care
          FROM generate_series(1, ${M}) i),
      placed AS (
        SELECT base.*, ${nc('clinic_no')} AS nc,
               CASE WHEN i <= ${S} THEN 0 ELSE q % ${nc('clinic_no')} END AS rank
          FROM base)
      SELECT i, clinic_no, is_bench, months_in_care, ${uid(ID.couple, 'i')} AS id,
             ${uid(ID.clinic, 'clinic_no')} AS clinic_id,
             CASE WHEN i <= ${S} THEN ${benchPrimary}
                  ELSE ${uid(ID.counselor, `clinic_no + ${C} * rank`)} END AS primary_id,
             CASE WHEN ${rnd('i', 2)} >= 0.2 THEN NULL
                  WHEN i <= ${S} THEN ${uid(ID.counselor, `1 + ${C} * (i % nc)`)}
                  WHEN nc >= 2 THEN ${uid(ID.counselor, `clinic_no + ${C} * ((rank + 1) % nc)`)} END
               AS secondary_id,
             ${uid(ID.client, '2 * i - 1')} AS client1_id, ${uid(ID.client, '2 * i')} AS client2_id,
             ${uid(ID.schedule, 'i')} AS schedule_id,
             -- hours before the anchor
             months_in_care * ${MONTH_H} - CASE WHEN i = ${B} THEN 0 ELSE floor(${rnd('i', 3)} * 480)::int END
               AS since_h,
             -- hours after the anchor of the next check-in: within three days it is open
             CASE WHEN i = ${B} THEN 48 ELSE 24 + floor(${rnd('i', 4)} * 480)::int END AS next_h,
             ${pick(FAMILY, 'i * 13 + (i / 97)')} AS family,
             ${rnd('i', 5)} < 0.5 AS share_scores
        FROM placed`);
    await client.query(`
      CREATE TEMP TABLE b_client AS
      SELECT c.i AS couple_no, p.partner, 2 * c.i - 2 + p.partner AS no,
             CASE p.partner WHEN 1 THEN c.client1_id ELSE c.client2_id END AS id,
             c.id AS couple_id, c.clinic_id, c.schedule_id, c.is_bench, c.since_h, c.next_h,
             (c.since_h + c.next_h - ${FIRST_CHECKIN_AFTER_H}) / ${CHECKIN_STEP_H} AS past,
             ${pick(GIVEN, `(2 * c.i - 2 + p.partner) * 5 + c.i / ${GIVEN.length}`)} AS given,
             c.family,
             38 + ${rnd('2 * c.i - 2 + p.partner', 6)} * 22 AS index_from,
             -12 + ${rnd('2 * c.i - 2 + p.partner', 7)} * 40 AS index_change,
             30 + ${rnd('2 * c.i - 2 + p.partner', 8)} * 35 AS risk_from,
             (${rnd('2 * c.i - 2 + p.partner', 9)} - 0.5) * 10 AS risk_wobble,
             ARRAY[${[0, 1, 2, 3, 4].map((d) => `(${rnd('2 * c.i - 2 + p.partner', 10 + d)} - 0.5) * 16`).join(', ')}]
               AS offsets
        FROM b_couple c CROSS JOIN (VALUES (1), (2)) AS p(partner)`);
    await client.query(
      `ANALYZE b_version; ANALYZE b_counselor; ANALYZE b_couple; ANALYZE b_client`,
    );
    log(
      `${'(prepare)'.padEnd(22)} ${''.padStart(9)}       ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );

    const staffSince = at(`-${months * MONTH_H + 30 * DAY_H}`);

    // --- People, couples, care teams --------------------------------------------------------
    await step('clinic', [
      `INSERT INTO clinic (id, name, created_at)
       SELECT ${uid(ID.clinic, 'c')}, 'Bench Clinic ' || c, ${staffSince}
         FROM generate_series(1, ${C}) c`,
    ]);
    const passwordHash = `'${options.passwordHash.replace(/'/g, "''")}'`;
    await step('app_user', [
      `INSERT INTO app_user (id, clinic_id, email, display_name, role, password_hash, created_at, updated_at, version)
       SELECT id, ${uid(ID.clinic, 'clinic_no')}, email, name, role::user_role, ${passwordHash},
              ${staffSince}, ${staffSince}, 1
         FROM b_counselor ORDER BY role, no, email`,
      `INSERT INTO app_user (id, clinic_id, email, display_name, role, password_hash, created_at, updated_at, version)
       SELECT id, clinic_id,
              CASE WHEN couple_no = ${B} AND partner = 1 THEN '${BENCH_CLIENT_EMAIL}'
                   ELSE 'client.' || no || '@bench.example' END,
              given || ' ' || family, 'CLIENT', ${passwordHash}, ${at('-since_h')}, ${at('-since_h')}, 1
         FROM b_client ORDER BY no`,
    ]);
    await step('couple', [
      `INSERT INTO couple (id, clinic_id, name, status, in_care_since, created_at, version, share_scores)
       SELECT c.id, c.clinic_id, a.given || ' & ' || b.given || ' ' || c.family, 'ACTIVE',
              ${at('-c.since_h')}, ${at('-c.since_h')}, 1, c.share_scores
         FROM b_couple c
         JOIN b_client a ON a.couple_no = c.i AND a.partner = 1
         JOIN b_client b ON b.couple_no = c.i AND b.partner = 2
        ORDER BY c.i`,
    ]);
    await step('couple_partner', [
      `INSERT INTO couple_partner (couple_id, client_id, clinic_id, joined_at)
       SELECT couple_id, id, clinic_id, ${at('-since_h')} FROM b_client ORDER BY no`,
    ]);
    await step('care_team_member', [
      `INSERT INTO care_team_member (couple_id, counselor_id, clinic_id, is_primary, added_at)
       SELECT id, primary_id, clinic_id, true, ${at('-since_h')} FROM b_couple
       UNION ALL
       SELECT id, secondary_id, clinic_id, false, ${at(`-since_h + ${7 * DAY_H}`)}
         FROM b_couple WHERE secondary_id IS NOT NULL`,
    ]);

    // --- Check-ins: a full one every three weeks, scored as the server scores them ----------
    const pieces = instrumentPieces();
    const piecesJson = `'${JSON.stringify(pieces.map((d) => d.pieces)).replace(/'/g, "''")}'::jsonb`;
    const sums = pieces.map((d, n) => {
      const target =
        n < POSITIVE_DIMENSIONS.length
          ? `t.index_now + cl.offsets[${n + 1}]`
          : `cl.risk_from + (t.risk_change) * t.progress`;
      const noise = `(${rnd(`k.n`, 20 + n)} - 0.5) * 12`;
      return `round(greatest(0, least(100, ${target} + ${noise})) * ${d.span} / 100)::int AS s${n}`;
    });
    const scoreOf = (n: number) => `(ARRAY[${pieces[n].scores.join(',')}]::numeric[])[s${n} + 1]`;
    const pulseScoreOf = (n: number) =>
      `(ARRAY[${pieces[n].pulseScores.join(',')}]::numeric[])[s${n} + 1]`;
    const uniformOf = (n: number) => `(ARRAY[${pieces[n].uniform.join(',')}]::int[])[k.s${n} + 1]`;
    // The same answer to every scored item: every piece uniform, all with one value.
    const straightLined = pieces
      .map((_, n) => (n === 0 ? `${uniformOf(0)} <> 0` : `${uniformOf(n)} = ${uniformOf(0)}`))
      .join(' AND ');
    // No safety concern in generated responses: the lowest agreement with every statement.
    const safetyJson = `'${JSON.stringify(
      CHECKIN_INSTRUMENT.safetyItems.map((item) => ({
        itemKey: item.key,
        value: CHECKIN_INSTRUMENT.scale.min,
      })),
    ).replace(/'/g, "''")}'::jsonb`;
    await step('checkin_schedule', [
      `INSERT INTO checkin_schedule (id, clinic_id, couple_id, form, every_weeks, created_by, created_at)
       SELECT schedule_id, clinic_id, id, 'FULL', ${CHECKIN_EVERY_WEEKS}, primary_id, ${at('-since_h')}
         FROM b_couple ORDER BY i`,
    ]);
    const tCheckins = Date.now();
    await client.query(`
      CREATE TEMP TABLE b_checkin AS
      SELECT k.n, ${uid(ID.checkin, 'k.n')} AS id, cl.id AS client_id, cl.couple_id, cl.clinic_id,
             cl.schedule_id, cl.next_h + ${CHECKIN_STEP_H} * (k.k - cl.past) AS due_h,
             k.k < cl.past AND (cl.is_bench OR ${rnd('k.n', 19)} >= 0.04) AS submitted,
             2 + floor(${rnd('k.n', 18)} * 46)::int AS early_h, k.k,
             ${sums.join(',\n             ')}
        FROM b_client cl
       CROSS JOIN LATERAL (SELECT g AS k, cl.no::bigint * 4096 + g AS n
                             FROM generate_series(0, cl.past + ${FUTURE_CHECKINS - 1}) g) k
       CROSS JOIN LATERAL (SELECT least(1.0, k.k::float8 / greatest(cl.past - 1, 1)) AS progress) p
       CROSS JOIN LATERAL (
         SELECT p.progress,
                cl.index_from + cl.index_change * p.progress * (2 - p.progress) AS index_now,
                cl.risk_wobble - 0.5 * cl.index_change AS risk_change) t`);
    await client.query(`
      CREATE TEMP TABLE b_score AS
      SELECT b.*, ${pieces.map((_, n) => `${scoreOf(n)} AS c${n}, ${pulseScoreOf(n)} AS q${n}`).join(', ')}
        FROM b_checkin b WHERE submitted`);
    await client.query(`ANALYZE b_checkin; ANALYZE b_score`);
    log(
      `${'(check-in plan)'.padEnd(22)} ${''.padStart(9)}       ${((Date.now() - tCheckins) / 1000).toFixed(1)} s`,
    );
    // Joining pieces for three dimensions at a time makes one jsonb concatenation per check-in
    // (building 30 answers from six pieces costs several times more).
    const halves = [0, 1].map((h) => [3 * h, 3 * h + 1, 3 * h + 2]);
    await client.query(`
      CREATE TEMP TABLE b_piece AS
      SELECT h, a, b, c, (f -> (3 * h) -> a) || (f -> (3 * h + 1) -> b) || (f -> (3 * h + 2) -> c) AS piece
        FROM (SELECT ${piecesJson} AS f) f
       CROSS JOIN generate_series(0, 1) h
       CROSS JOIN LATERAL generate_series(0, jsonb_array_length(f -> (3 * h)) - 1) a
       CROSS JOIN LATERAL generate_series(0, jsonb_array_length(f -> (3 * h + 1)) - 1) b
       CROSS JOIN LATERAL generate_series(0, jsonb_array_length(f -> (3 * h + 2)) - 1) c;
      ANALYZE b_piece`);
    const pieceJoins = halves
      .map(
        (dims, h) =>
          `LEFT JOIN b_piece p${h} ON k.submitted AND p${h}.h = ${h} AND p${h}.a = k.s${dims[0]} AND p${h}.b = k.s${dims[1]} AND p${h}.c = k.s${dims[2]}`,
      )
      .join('\n');
    await step(
      'checkin',
      [
        `INSERT INTO checkin (id, clinic_id, schedule_id, couple_id, client_id, form, instrument_version,
                            due_at, answers, updated_at, submitted_at, idempotency_key, straight_lined)
       SELECT id, clinic_id, schedule_id, couple_id, client_id, 'FULL', ${CHECKIN_INSTRUMENT.version},
              ${at('due_h')},
              CASE WHEN submitted THEN p0.piece || p1.piece || ${safetyJson} ELSE '[]'::jsonb END,
              CASE WHEN submitted THEN ${at('due_h - early_h')} END,
              CASE WHEN submitted THEN ${at('due_h - early_h')} END,
              CASE WHEN submitted THEN 'bench-checkin-' || k END,
              submitted AND ${straightLined}
         FROM b_checkin k ${pieceJoins}`,
      ],
      { bulk: true },
    );
    const indexOf = (column: string) =>
      `floor((${POSITIVE_DIMENSIONS.map((_, n) => `${column}${n}`).join(' + ')}) * 10 / ${POSITIVE_DIMENSIONS.length} + 0.5) / 10`;
    const keys = [...pieces.map((d) => `'${d.dimension}'`), `'INDEX'`];
    // Each full check-in scored on all its items (FULL) and on its pulse items (PULSE).
    await step(
      'checkin_score',
      [
        `INSERT INTO checkin_score (checkin_id, form, key, instrument_version, clinic_id, couple_id, client_id, score, taken_at)
       SELECT b.id, s.form::checkin_form, s.key::score_key, ${CHECKIN_INSTRUMENT.version},
              b.clinic_id, b.couple_id, b.client_id, s.score, ${at('b.due_h - b.early_h')}
         FROM b_score b
        CROSS JOIN LATERAL unnest(
                ARRAY[${[...keys.map(() => `'FULL'`), ...keys.map(() => `'PULSE'`)].join(', ')}],
                ARRAY[${[...keys, ...keys].join(', ')}],
                ARRAY[${pieces.map((_, n) => `b.c${n}`).join(', ')}, ${indexOf('b.c')},
                      ${pieces.map((_, n) => `b.q${n}`).join(', ')}, ${indexOf('b.q')}])
                AS s(form, key, score)`,
      ],
      { bulk: true },
    );

    // --- Exercises: an assignment every three weeks, some weekly; most past ones done ------
    const tAssignments = Date.now();
    const benchExtras = Array.from({ length: BENCH_CLIENT_OPEN_TODOS }, (_, e) => e);
    await client.query(`
      CREATE TEMP TABLE b_assignment AS
      WITH planned AS (
        SELECT c.i AS couple_no, c.i::bigint * 4096 + a AS n, c.clinic_id, c.id AS couple_id,
               c.client1_id, c.client2_id, c.is_bench,
               CASE WHEN c.secondary_id IS NOT NULL AND ${rnd('c.i::bigint * 4096 + a', 31)} < 0.3
                    THEN c.secondary_id ELSE c.primary_id END AS assigned_by,
               c.since_h - 48 - ${ASSIGNMENT_STEP_H} * a AS created_ago_h,
               floor(${rnd('c.i::bigint * 4096 + a', 30)} * ${V})::int AS vno,
               CASE WHEN ${rnd('c.i::bigint * 4096 + a', 32)} < 0.25 THEN 3 ELSE 1 END AS occurrences,
               24 * (5 + floor(${rnd('c.i::bigint * 4096 + a', 33)} * 5)::int) AS first_due_after_h,
               ${rnd('c.i::bigint * 4096 + a', 34)} AS to_one
          FROM b_couple c
         CROSS JOIN LATERAL generate_series(0, (c.since_h - 49) / ${ASSIGNMENT_STEP_H}) a
        UNION ALL
        SELECT c.i, c.i::bigint * 4096 + 4000 + e, c.clinic_id, c.id, c.client1_id, c.client2_id,
               c.is_bench, c.primary_id, 24, (ARRAY[${individual.join(',')}])[1 + e % ${individual.length}],
               1, 48 + 24 * e + 24 * (e / 2), 1.0
          FROM b_couple c CROSS JOIN unnest(ARRAY[${benchExtras.join(',') || 'NULL::int'}]::int[]) e
         WHERE c.is_bench)
      SELECT p.*, ${uid(ID.assignment, 'p.n')} AS id, v.id AS version_id, v.mode,
             CASE WHEN v.mode = 'INDIVIDUAL' AND p.to_one < 0.15
                  THEN CASE WHEN p.to_one < 0.075 THEN 1 ELSE 2 END END AS only_partner
        FROM planned p JOIN b_version v ON v.vno = p.vno`);
    await client.query(`
      CREATE TEMP TABLE b_occurrence AS
      WITH occ AS (
        SELECT a.*, o AS sequence, a.n * 8 + o AS on_,
               -a.created_ago_h + a.first_due_after_h + 168 * (o - 1) AS due_h
          FROM b_assignment a CROSS JOIN LATERAL generate_series(1, a.occurrences) o),
      done AS (
        SELECT occ.*,
               -- which partners it is for (0: the couple, jointly), and whether each submitted
               occ.mode = 'JOINT' AS joint,
               occ.mode = 'INDIVIDUAL' AND occ.only_partner IS DISTINCT FROM 2 AS for1,
               occ.mode = 'INDIVIDUAL' AND occ.only_partner IS DISTINCT FROM 1 AS for2,
               occ.due_h < 0 AND (occ.is_bench OR ${rnd('occ.on_', 40)} < 0.88) AS done0,
               occ.due_h < 0 AND (occ.is_bench OR ${rnd('occ.on_', 41)} < 0.88) AS done1,
               occ.due_h < 0 AND (occ.is_bench OR ${rnd('occ.on_', 42)} < 0.88) AS done2,
               (occ.sequence = 1 OR occ.due_h - 168 <= 0) AS opened
          FROM occ)
      SELECT d.*, ${uid(ID.occurrence, 'd.on_')} AS occurrence_id,
             CASE WHEN d.due_h < -${CLOSE_UNDONE_AFTER_H}
                   AND NOT ((d.joint AND d.done0) OR (NOT d.joint AND (NOT d.for1 OR d.done1)
                                                                   AND (NOT d.for2 OR d.done2)))
                  THEN d.due_h + ${CLOSE_UNDONE_AFTER_H} END AS closed_h
        FROM done d`);
    await client.query(`
      CREATE TEMP TABLE b_submission AS
      SELECT o.occurrence_id, o.clinic_id, o.due_h, o.created_ago_h, o.assigned_by, o.vno,
             o.is_bench, o.opened,
             o.on_ * 4 + s.slot AS n, s.slot, s.done,
             CASE s.slot WHEN 1 THEN o.client1_id WHEN 2 THEN o.client2_id END AS client_id,
             CASE WHEN s.slot = 2 OR (s.slot = 0 AND ${rnd('o.on_', 43)} < 0.5)
                  THEN o.client2_id ELSE o.client1_id END AS updated_by,
             1 + floor(${rnd('o.on_ * 4 + s.slot', 44)} * 70)::int AS early_h,
             CASE WHEN s.slot = 0 THEN 'PARTNER'
                  WHEN ${rnd('o.on_ * 4 + s.slot', 45)} < 0.2 THEN 'PRIVATE' ELSE 'AFTER_BOTH' END
               AS sharing
        FROM b_occurrence o
       CROSS JOIN LATERAL (VALUES (0, o.joint, o.done0), (1, o.for1, o.done1), (2, o.for2, o.done2))
               AS s(slot, given, done)
       WHERE s.given AND (s.done OR o.due_h > 0)`);
    await client.query(`ANALYZE b_assignment; ANALYZE b_occurrence; ANALYZE b_submission`);
    log(
      `${'(exercise plan)'.padEnd(22)} ${''.padStart(9)}       ${((Date.now() - tAssignments) / 1000).toFixed(1)} s`,
    );

    await step(
      'assignment',
      [
        `INSERT INTO assignment (id, clinic_id, couple_id, exercise_version_id, client_id, assigned_by,
                               recurrence, created_at)
       SELECT id, clinic_id, couple_id, version_id,
              CASE only_partner WHEN 1 THEN client1_id WHEN 2 THEN client2_id END, assigned_by,
              CASE WHEN occurrences > 1 THEN 'WEEKLY' ELSE 'NONE' END::recurrence,
              ${at('-created_ago_h')}
         FROM b_assignment`,
      ],
      { bulk: true },
    );
    await step(
      'assignment_occurrence',
      [
        `INSERT INTO assignment_occurrence (id, clinic_id, assignment_id, sequence, due_at, closed_at)
       SELECT occurrence_id, clinic_id, id, sequence, ${at('due_h')},
              CASE WHEN closed_h IS NOT NULL THEN ${at('closed_h')} END
         FROM b_occurrence`,
      ],
      { bulk: true },
    );
    // Submitted past ones, and a draft on one open to-do in ten.
    await step(
      'submission',
      [
        `INSERT INTO submission (id, clinic_id, occurrence_id, client_id, answers, status, sharing,
                               idempotency_key, updated_by, updated_at, submitted_at, version)
       SELECT ${uid(ID.submission, 's.n')}, s.clinic_id, s.occurrence_id, s.client_id, v.answers,
              CASE WHEN s.done THEN 'SUBMITTED' ELSE 'DRAFT' END::submission_status,
              s.sharing::submission_sharing,
              CASE WHEN s.done THEN 'bench-' || s.n END, s.updated_by,
              CASE WHEN s.done THEN ${at('s.due_h - s.early_h')} ELSE ${at('-1')} END,
              CASE WHEN s.done THEN ${at('s.due_h - s.early_h')} END, 1
         FROM b_submission s JOIN b_version v ON v.vno = s.vno
        WHERE s.done OR (s.opened AND NOT s.is_bench AND ${rnd('s.n', 46)} < 0.1)`,
      ],
      { bulk: true },
    );
    await step('submission_comment', [
      `INSERT INTO submission_comment (id, clinic_id, submission_id, author_id, body, created_at)
       SELECT ${uid(ID.comment, 'n')}, clinic_id, ${uid(ID.submission, 'n')}, assigned_by,
              ${pick(COMMENTS, 'n')}, ${at('least(due_h - early_h + 24, 0) - 0.5')}
         FROM b_submission
        WHERE done AND slot > 0 AND ${rnd('n', 47)} < 0.05 ORDER BY n`,
    ]);

    // --- Notifications: what the server would have sent, so its reminder scan finds nothing --
    await step('notification', [
      `INSERT INTO notification (id, clinic_id, recipient_id, kind, occurrence_id, dedupe_key, created_at, read_at)
       SELECT ${uid(ID.assigned, 'a.n * 4 + p.partner')}, a.clinic_id, p.client_id, 'ASSIGNED',
              ${uid(ID.occurrence, 'a.n * 8 + 1')}, 'assigned:' || a.id || ':' || p.client_id,
              ${at('-a.created_ago_h')},
              CASE WHEN a.created_ago_h > 72 THEN ${at('-a.created_ago_h + 20')} END
         FROM b_assignment a
        CROSS JOIN LATERAL (VALUES (1, a.client1_id), (2, a.client2_id)) AS p(partner, client_id)
        WHERE a.created_ago_h <= ${60 * DAY_H} AND (a.only_partner IS NULL OR a.only_partner = p.partner)
        ORDER BY a.n, p.partner`,
      // Open to-dos due within a day or overdue for at most two weeks (sendReminders).
      `INSERT INTO notification (id, clinic_id, recipient_id, kind, occurrence_id, dedupe_key, created_at, read_at)
       SELECT ${uid(ID.dueSoon, 'o.on_ * 4 + p.partner')}, o.clinic_id, p.client_id, 'DUE_SOON',
              o.occurrence_id, 'due_soon:' || o.occurrence_id || ':' || p.client_id,
              ${at('o.due_h - 24')}, CASE WHEN o.due_h < -48 THEN ${at('o.due_h - 4')} END
         FROM b_occurrence o
        CROSS JOIN LATERAL (VALUES (1, o.client1_id, o.joint OR o.for1, o.joint AND o.done0 OR NOT o.joint AND o.done1),
                                   (2, o.client2_id, o.joint OR o.for2, o.joint AND o.done0 OR NOT o.joint AND o.done2))
                AS p(partner, client_id, given, done)
        WHERE p.given AND NOT p.done AND o.closed_h IS NULL
          AND o.due_h < 24 AND o.due_h > -${14 * DAY_H}
        ORDER BY o.on_, p.partner`,
      `INSERT INTO notification (id, clinic_id, recipient_id, kind, occurrence_id, dedupe_key, created_at, read_at)
       SELECT ${uid(ID.overdue, 'o.on_ * 4 + p.partner')}, o.clinic_id, p.client_id, 'OVERDUE',
              o.occurrence_id, 'overdue:' || o.occurrence_id || ':' || p.client_id,
              ${at('o.due_h + 0.25')}, CASE WHEN o.due_h < -48 THEN ${at('o.due_h + 20')} END
         FROM b_occurrence o
        CROSS JOIN LATERAL (VALUES (1, o.client1_id, o.joint OR o.for1, o.joint AND o.done0 OR NOT o.joint AND o.done1),
                                   (2, o.client2_id, o.joint OR o.for2, o.joint AND o.done0 OR NOT o.joint AND o.done2))
                AS p(partner, client_id, given, done)
        WHERE p.given AND NOT p.done AND o.closed_h IS NULL
          AND o.due_h < 0 AND o.due_h > -${14 * DAY_H}
        ORDER BY o.on_, p.partner`,
    ]);

    const tAnalyze = Date.now();
    await client.query(
      `ANALYZE clinic, app_user, couple, couple_partner, care_team_member, checkin_schedule, checkin,
               checkin_score, assignment, assignment_occurrence, submission, submission_comment, notification`,
    );
    log(
      `${'(analyze)'.padEnd(22)} ${''.padStart(9)}       ${((Date.now() - tAnalyze) / 1000).toFixed(1)} s`,
    );
  } finally {
    await client.end();
  }

  const clientCounselor = clientBlock ? benchCounselorEmail(clientBlock.caseload) : null;
  const seconds = (Date.now() - started) / 1000;
  log(`Generated the bench network (seed ${seed}) in ${seconds.toFixed(1)} s`);
  return {
    scale,
    anchor: anchorDate.toISOString(),
    seconds,
    counts,
    clinicIds: Array.from({ length: C }, (_, c) => benchId(seed, ID.clinic, c + 1)),
    benchCounselors: bench.map((block) => ({
      email: benchCounselorEmail(block.caseload),
      couples: block.caseload,
      id: benchId(seed, ID.benchCounselor, block.caseload),
    })),
    benchClient: {
      email: BENCH_CLIENT_EMAIL,
      id: benchId(seed, ID.client, 2 * B - 1),
      coupleId: benchId(seed, ID.couple, B),
      // Without named counselors, couple 1 goes to the first regular counselor of clinic 1.
      counselorEmail: clientCounselor ?? 'counselor.1@bench.example',
    },
  };
}
