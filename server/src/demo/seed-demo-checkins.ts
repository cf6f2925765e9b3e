import {
  CHECKIN_INSTRUMENT,
  CheckinForm,
  Dimension,
  isStraightLined,
  type ItemAnswer,
  POSITIVE_DIMENSIONS,
} from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { insertCheckinScores } from '../assessments/checkin-scores';
import { type DemoCouple, seedDemoClinicsOnce } from './demo-couples';

const DAY = 86_400_000;
const EVERY_WEEKS = 3;

/** Where a partner's scores go over their time in care: start and end of the index and risk. */
interface Course {
  index: [number, number];
  risk: [number, number];
}

/** Varied paths so that every chart and flag has something to show. */
const PATHS = {
  improving: [
    { index: [42, 71], risk: [55, 32] },
    { index: [46, 69], risk: [50, 35] },
  ],
  flat: [
    { index: [50, 51], risk: [40, 41] },
    { index: [48, 50], risk: [42, 40] },
  ],
  deteriorating: [
    { index: [61, 40], risk: [38, 52] },
    { index: [58, 55], risk: [36, 38] },
  ],
  diverging: [
    { index: [50, 74], risk: [45, 30] },
    { index: [52, 44], risk: [44, 50] },
  ],
  codependent: [
    { index: [48, 55], risk: [62, 71] },
    { index: [50, 58], risk: [40, 36] },
  ],
  slow: [
    { index: [45, 58], risk: [48, 40] },
    { index: [47, 60], risk: [46, 39] },
  ],
} satisfies Record<string, [Course, Course]>;

/** Maya Okafor's caseload (the demo counselor) shows every path and every flag. */
const PATH_OF_FAMILY: Record<string, keyof typeof PATHS> = {
  Morgan: 'improving',
  Bennett: 'deteriorating',
  Nguyen: 'diverging',
  Castillo: 'codependent',
  Haddad: 'flat',
  Silva: 'slow',
  Patel: 'improving',
  Fischer: 'flat',
  Adeyemi: 'slow',
  Okonkwo: 'improving',
  Yamamoto: 'diverging',
  Kowalski: 'improving',
  Larsen: 'improving',
};

/** Families whose latest check-in was due two days ago and not taken. */
const MISSED_LATEST = new Set(['Haddad', 'Fischer']);

/** A small, repeatable wobble so lines look measured rather than drawn. */
function wobble(seed: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return (x - Math.floor(x) - 0.5) * 8;
}

/** Item answers that score close to the targets on the instrument's scale; no safety concern. */
function answersFor(targets: Record<Dimension, number>, seed: number): ItemAnswer[] {
  const { min, max } = CHECKIN_INSTRUMENT.scale;
  const scored = CHECKIN_INSTRUMENT.items.map((item, index) => {
    const target = Math.min(100, Math.max(0, targets[item.dimension] + wobble(seed + index) * 2));
    const value = Math.round(min + (target / 100) * (max - min));
    const keyed = Math.min(max, Math.max(min, value));
    return { itemKey: item.key, value: item.reverse ? min + max - keyed : keyed };
  });
  return [
    ...scored,
    ...CHECKIN_INSTRUMENT.safetyItems.map(({ key }) => ({ itemKey: key, value: min })),
  ];
}

function targetsAt(course: Course, progress: number, seed: number): Record<Dimension, number> {
  const index = course.index[0] + (course.index[1] - course.index[0]) * progress + wobble(seed);
  const risk = course.risk[0] + (course.risk[1] - course.risk[0]) * progress + wobble(seed + 7);
  const targets = { [Dimension.CODEPENDENCE_RISK]: risk } as Record<Dimension, number>;
  POSITIVE_DIMENSIONS.forEach((dimension, n) => (targets[dimension] = index + (n - 2) * 3));
  return targets;
}

/**
 * A full check-in every three weeks since each demo couple entered care, along the paths
 * above, and the schedule going on: the next one due within days (so a demo client has one
 * to take), and for one couple one that was missed. Runs once.
 */
export async function seedDemoCheckins(owner: DataSource, log: (line: string) => void) {
  await seedDemoClinicsOnce(
    owner,
    log,
    { marker: 'checkin_schedule', history: 'check-in history' },
    seedCouple,
  );
}

async function seedCouple(manager: EntityManager, clinicId: string, couple: DemoCouple, n: number) {
  const family = couple.name.split(' ').at(-1) ?? '';
  const [{ id: scheduleId }] = await manager.query(
    `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by, created_at)
     VALUES ($1, $2, 'FULL', $3, $4, $5) RETURNING id`,
    [clinicId, couple.id, EVERY_WEEKS, couple.counselorId, couple.since],
  );
  const step = EVERY_WEEKS * 7 * DAY;
  const start = new Date(couple.since).getTime() + 3 * DAY;
  const now = Date.now();
  // The next due date falls two days from now (a client can take it today), except for the
  // couples whose latest was due two days ago and was not taken.
  const missed = MISSED_LATEST.has(family);
  const anchor = now + (missed ? -2 : 2) * DAY;
  const dues: number[] = [];
  for (let at = anchor; at >= start; at -= step) dues.unshift(at);
  for (let k = 1; k <= 4; k++) dues.push(anchor + k * step);
  const path: [Course, Course] = PATHS[PATH_OF_FAMILY[family] ?? 'slow'];
  for (const [partner, clientId] of couple.clientIds.entries()) {
    const course = path[partner] ?? path[0];
    const takenCount = dues.filter((due) => due < now).length - (missed ? 1 : 0);
    for (const [k, due] of dues.entries()) {
      const taken = k < takenCount;
      const progress = takenCount > 1 ? k / (takenCount - 1) : 1;
      const answers = taken
        ? answersFor(targetsAt(course, progress, n * 100 + partner * 10 + k), n * 31 + k)
        : [];
      const takenAt = new Date(due - DAY / 2);
      const [{ id: checkinId }] = await manager.query(
        `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at,
                              answers, updated_at, submitted_at, idempotency_key, straight_lined)
         VALUES ($1, $2, $3, $4, 'FULL', $5, $6, $7, $8, $8, $9, $10) RETURNING id`,
        [
          clinicId,
          scheduleId,
          couple.id,
          clientId,
          CHECKIN_INSTRUMENT.version,
          new Date(due),
          JSON.stringify(answers),
          taken ? takenAt : null,
          taken ? `demo-checkin-${k}` : null,
          isStraightLined(CHECKIN_INSTRUMENT, CheckinForm.FULL, answers),
        ],
      );
      if (!taken) continue;
      await insertCheckinScores(manager, {
        checkinId,
        clinicId,
        coupleId: couple.id,
        clientId,
        takenAt,
        form: CheckinForm.FULL,
        instrumentVersion: CHECKIN_INSTRUMENT.version,
        answers,
      });
    }
  }
}
