import {
  CHECKIN_INSTRUMENT,
  CheckinForm,
  Dimension,
  type InstrumentItem,
  type ItemAnswer,
  isStraightLined,
  itemsOf,
} from '@tandem/shared';

/** Target scores (0–100) of one response, per dimension. */
export type Targets = Record<Dimension, number>;

const { min: LOW, max: HIGH } = CHECKIN_INSTRUMENT.scale;
const STEPS = HIGH - LOW;

/** The scored statements of each form, looked up once: thousands of demo responses use them. */
const ITEMS: Record<CheckinForm, InstrumentItem[]> = {
  [CheckinForm.FULL]: itemsOf(CHECKIN_INSTRUMENT, CheckinForm.FULL),
  [CheckinForm.PULSE]: itemsOf(CHECKIN_INSTRUMENT, CheckinForm.PULSE),
};

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The answer a client gives for a keyed step (0 = least of the dimension), reverse items turned round. */
function answerOf(reverse: boolean, step: number): number {
  return reverse ? HIGH - step : LOW + step;
}

/** Every safety statement answered "strongly disagree" unless `safety` says otherwise. */
function safetyAnswers(safety: Record<string, number> = {}): ItemAnswer[] {
  return CHECKIN_INSTRUMENT.safetyItems.map(({ key }) => ({
    itemKey: key,
    value: safety[key] ?? LOW,
  }));
}

/**
 * Answers to a form that score as close to the targets as the scale allows: each dimension's
 * keyed steps are spread as evenly as possible over its statements (a 5-statement dimension
 * lands within 2.5 points of its target). Never straight-lined: if the even spread gives one
 * value everywhere, one statement moves a step (and its partner statement the other way).
 */
export function answersScoring(
  targets: Targets,
  form: CheckinForm = CheckinForm.FULL,
  safety?: Record<string, number>,
): ItemAnswer[] {
  const items = ITEMS[form];
  const answers: ItemAnswer[] = [];
  for (const dimension of Object.values(Dimension)) {
    const own = items.filter((entry) => entry.dimension === dimension);
    const total = clamp(
      Math.round((targets[dimension] / 100) * STEPS * own.length),
      0,
      STEPS * own.length,
    );
    own.forEach((entry, n) => {
      // The first (total mod k) statements take one step more than the rest.
      const step = Math.floor(total / own.length) + (n < total % own.length ? 1 : 0);
      answers.push({ itemKey: entry.key, value: answerOf(entry.reverse, step) });
    });
  }
  if (isStraightLined(CHECKIN_INSTRUMENT, form, answers)) {
    // A forward and a reverse statement of one dimension move the same way (one keyed step up,
    // one down), so the scores stay. The pulse has one statement per dimension: there the
    // codependence statement moves a step.
    const dimension = Object.values(Dimension).find((candidate) => {
      const own = items.filter((entry) => entry.dimension === candidate);
      return own.some((entry) => entry.reverse) && own.some((entry) => !entry.reverse);
    });
    const moved = dimension
      ? [false, true].map(
          (reverse) =>
            items.find((entry) => entry.dimension === dimension && entry.reverse === reverse)!.key,
        )
      : [items.find((entry) => entry.dimension === Dimension.CODEPENDENCE_RISK)!.key];
    const step = answers[0].value === HIGH ? -1 : 1;
    for (const answer of answers) if (moved.includes(answer.itemKey)) answer.value += step;
  }
  return [...sortedAsAsked(answers, form), ...safetyAnswers(safety)];
}

/**
 * Answers around the targets with each statement off by a random amount (SD `noise` points on
 * the 0–100 scale), as real answers are: what the clinic's reliability estimate reads.
 */
export function noisyAnswers(
  targets: Targets,
  noise: () => number,
  form: CheckinForm = CheckinForm.FULL,
): ItemAnswer[] {
  const answers = ITEMS[form].map((entry) => {
    const step = clamp(Math.round(((targets[entry.dimension] + noise()) / 100) * STEPS), 0, STEPS);
    return { itemKey: entry.key, value: answerOf(entry.reverse, step) };
  });
  return [...answers, ...safetyAnswers()];
}

/** The same answer to every scored statement (and "strongly disagree" to the safety ones). */
export function straightLinedAnswers(
  value: number,
  form: CheckinForm = CheckinForm.FULL,
): ItemAnswer[] {
  return [...ITEMS[form].map((entry) => ({ itemKey: entry.key, value })), ...safetyAnswers()];
}

function sortedAsAsked(answers: ItemAnswer[], form: CheckinForm): ItemAnswer[] {
  const order = new Map(ITEMS[form].map((entry, n) => [entry.key, n]));
  return [...answers].sort((a, b) => order.get(a.itemKey)! - order.get(b.itemKey)!);
}
