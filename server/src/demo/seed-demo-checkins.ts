import { randomUUID } from 'node:crypto';
import { CheckinForm, Dimension, type ItemAnswer, POSITIVE_DIMENSIONS } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { answersScoring, straightLinedAnswers, type Targets } from './demo-answers';
import { type DemoCheckin, insertDemoCheckins } from './demo-checkin-rows';
import { type DemoCouple, seedDemoClinicsOnce } from './demo-couples';
import { DEMO_STORIES, type DemoStory, type Knot } from './demo-stories';
import { seedPastEpisodes } from './seed-demo-past-episodes';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** A full check-in every three weeks and a pulse in each week between. */
const FULL_EVERY_WEEKS = 3;
/** Full check-ins already scheduled beyond today. */
const FUTURE_FULLS = 4;

/** A small, repeatable wobble (±2 points) so lines look measured rather than drawn. */
function wobble(seed: number): number {
  const x = Math.sin(seed * 12.9898) * 43758.5453;
  return (x - Math.floor(x) - 0.5) * 4;
}

interface Slot {
  form: CheckinForm;
  due: number;
}

/**
 * Full check-ins every three weeks from three days into care, a pulse in each week between
 * them, up to the next full one (due in two days, so a demo client has one to take today) or
 * the one the couple missed, and four more full ones ahead.
 */
function slotsOf(since: number, now: number, story: DemoStory): { slots: Slot[]; anchor: number } {
  const anchor = now + (story.missedDaysAgo === undefined ? 2 : -story.missedDaysAgo) * DAY;
  const fulls: number[] = [];
  for (let due = anchor; due >= since + 3 * DAY; due -= FULL_EVERY_WEEKS * WEEK) fulls.unshift(due);
  for (let k = 1; k <= FUTURE_FULLS; k++) fulls.push(anchor + k * FULL_EVERY_WEEKS * WEEK);
  const slots = fulls.flatMap((due, k) => [
    ...(k === 0
      ? []
      : Array.from({ length: FULL_EVERY_WEEKS - 1 }, (_, week) => ({
          form: CheckinForm.PULSE,
          due: due - (FULL_EVERY_WEEKS - 1 - week) * WEEK,
        }))),
    { form: CheckinForm.FULL, due },
  ]);
  return { slots, anchor };
}

/** Index and risk at `at` on a course (0 = first full check-in, 1 = latest), between its knots. */
function levelAt(knots: ReadonlyArray<{ at: number } & Omit<Knot, 'at'>>, at: number) {
  const after = knots.findIndex((knot) => knot.at >= at);
  if (after === 0) return knots[0];
  if (after < 0) return knots[knots.length - 1];
  const [a, b] = [knots[after - 1], knots[after]];
  const t = (at - a.at) / (b.at - a.at);
  return { index: a.index + (b.index - a.index) * t, risk: a.risk + (b.risk - a.risk) * t };
}

/** The five positive dimensions spread ±6 points around the index, and the risk. */
function targetsOf(level: { index: number; risk: number }, shift: number): Targets {
  const targets = { [Dimension.CODEPENDENCE_RISK]: level.risk + shift } as Targets;
  POSITIVE_DIMENSIONS.forEach(
    (dimension, n) => (targets[dimension] = level.index + shift + (n - 2) * 3),
  );
  return targets;
}

/**
 * Every demo couple's check-in history along its story (demo-stories.ts), so the demo
 * counselor's caseload shows each flag on a couple that deserves it and on no other; then the
 * clinic's discharged couples (seed-demo-past-episodes.ts), from which the expected-change
 * line and the clinic's own reliability are learned. All on the current instrument. Runs once.
 */
export async function seedDemoCheckins(owner: DataSource, log: (line: string) => void) {
  await seedDemoClinicsOnce(
    owner,
    log,
    { marker: 'checkin_schedule', history: 'check-in history' },
    seedCouple,
    seedPastEpisodes,
  );
}

async function seedCouple(manager: EntityManager, clinicId: string, couple: DemoCouple, n: number) {
  const family = couple.name.split(' ').at(-1) ?? '';
  const story = DEMO_STORIES[family] ?? DEMO_STORIES.default;
  const now = Date.now();
  const schedules = new Map<CheckinForm, string>();
  for (const [form, everyWeeks] of [
    [CheckinForm.FULL, FULL_EVERY_WEEKS],
    [CheckinForm.PULSE, 1],
  ] as const) {
    const [{ id }] = await manager.query<[{ id: string }]>(
      `INSERT INTO checkin_schedule (clinic_id, couple_id, form, every_weeks, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [clinicId, couple.id, form, everyWeeks, couple.counselorId, couple.since],
    );
    schedules.set(form, id);
  }
  const { slots, anchor } = slotsOf(new Date(couple.since).getTime(), now, story);
  // Everything due before today was taken, except a missed full check-in and a quiet spell.
  const quietFrom = now - (story.quietDays ?? 0) * DAY;
  const taken = slots.map(
    (slot) => slot.due < quietFrom && !(story.missedDaysAgo !== undefined && slot.due === anchor),
  );
  const fulls = slots.filter((slot, k) => taken[k] && slot.form === CheckinForm.FULL);
  const placeOf = (k: number) => (fulls.length < 2 ? 0 : k / (fulls.length - 1));
  // Where a check-in lies on the course: the full ones at 0 … 1, pulses in between.
  const position = (due: number) => {
    const next = fulls.findIndex((slot) => slot.due >= due);
    if (next <= 0) return next === 0 ? 0 : 1;
    const from = fulls[next - 1].due;
    return (
      placeOf(next - 1) +
      ((placeOf(next) - placeOf(next - 1)) * (due - from)) / (fulls[next].due - from)
    );
  };
  const lastTaken = taken.lastIndexOf(true);
  const latestFull = fulls.at(-1);

  const checkins: DemoCheckin[] = [];
  for (const [partner, clientId] of couple.clientIds.entries()) {
    const knots = (story.partners[partner] ?? story.partners[0]).map((knot) => ({
      ...knot,
      at: knot.at === 'previous' ? placeOf(fulls.length - 2) : knot.at,
    }));
    for (const [k, slot] of slots.entries()) {
      let answers: ItemAnswer[] = [];
      if (taken[k]) {
        const at = position(slot.due);
        const onKnot = slot.form === CheckinForm.FULL && knots.some((knot) => knot.at === at);
        const safety =
          story.safety?.partner === partner && k === lastTaken ? story.safety.answers : undefined;
        answers =
          story.straightLined?.partner === partner && slot === latestFull
            ? straightLinedAnswers(story.straightLined.value)
            : answersScoring(
                targetsOf(levelAt(knots, at), onKnot ? 0 : wobble(n * 100 + partner * 10 + k)),
                slot.form,
                safety,
              );
      }
      checkins.push({
        id: randomUUID(),
        scheduleId: schedules.get(slot.form)!,
        coupleId: couple.id,
        clientId,
        form: slot.form,
        dueAt: new Date(slot.due),
        takenAt: taken[k] ? new Date(slot.due - DAY / 2) : null,
        answers,
      });
    }
  }
  await insertDemoCheckins(manager, clinicId, checkins);
}
