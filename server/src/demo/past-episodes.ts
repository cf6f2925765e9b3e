import { CheckinForm, Dimension, type ItemAnswer, POSITIVE_DIMENSIONS } from '@tandem/shared';
import { noisyAnswers, type Targets } from './demo-answers';
import { gaussian, seededRandom } from './demo-random';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

/**
 * The shape of the demo clinic's past: couples who finished a course of care, so that the
 * expected-change line (at least 30 comparison couples in a partner's intake band at a similar
 * time in care) and the clinic's own reliability estimate (at least 100 clients) have data.
 * Intakes, gains and durations are drawn from a seeded generator: the same every time.
 */
export const PAST_EPISODES = {
  seed: 20261207,
  couples: 120,
  /** Full check-ins every this many weeks, the first three days into care. */
  everyWeeks: 3,
  /** Length of a course of care, in weeks. */
  weeks: [10, 46] as [number, number],
  /** When the course ended, in weeks before today. */
  endedWeeksAgo: [2, 120] as [number, number],
  /** Intake index: mean and SD, as a help-seeking population. */
  intake: { mean: 50, sd: 12.5 },
  /** Index gained by the end of care: mean and SD (about one partner in ten gets worse). */
  gain: { mean: 13, sd: 10 },
  /** Weeks over which most of a partner's gain arrives. */
  gainWeeks: 9,
  /** How far each statement's answer strays from the partner's level, in points (0–100). */
  itemNoise: 14,
} as const;

export interface PastCheckin {
  takenAt: Date;
  answers: ItemAnswer[];
}

export interface PastPartner {
  displayName: string;
  email: string;
  checkins: PastCheckin[];
}

export interface PastCouple {
  name: string;
  /** Index into the clinic's counselors of the primary counselor. */
  primary: number;
  since: Date;
  endedAt: Date;
  partners: [PastPartner, PastPartner];
}

// Family and given names used by no current demo couple.
const FAMILIES = [
  'Abara',
  'Berg',
  'Carvalho',
  'Dimitrov',
  'Eriksen',
  'Farah',
  'Gallo',
  'Horvat',
  'Ibarra',
  'Jensen',
  'Kaur',
  'Lindgren',
  'Mensah',
  'Novak',
  'Ortega',
  'Petrov',
  'Quint',
  'Rossi',
  'Sato',
  'Tanaka',
  'Ueda',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zielinski',
  'Afolabi',
  'Brandt',
  'Costa',
  'Duarte',
  'Esposito',
  'Fontaine',
  'Grant',
  'Hale',
  'Iqbal',
  'Jovanovic',
  'Kim',
  'Lopez',
  'Moreau',
  'Nakamura',
];
const GIVEN = [
  'Ari',
  'Blake',
  'Cameron',
  'Dakota',
  'Eden',
  'Frankie',
  'Gray',
  'Hayden',
  'Indy',
  'Jules',
  'Kai',
  'Lane',
  'Marley',
  'Noel',
  'Oakley',
  'Peyton',
  'Remy',
  'Sage',
  'Tatum',
  'Uma',
  'Val',
  'Wren',
  'Yael',
  'Zion',
  'Arden',
  'Bellamy',
  'Charlie',
  'Dallas',
  'Ellis',
  'Flynn',
  'Gale',
  'Harley',
  'Ira',
  'Jody',
  'Kit',
  'Lee',
  'Milan',
  'Nico',
  'Ocean',
  'Pat',
  'Quinn',
  'Rory',
  'Shay',
  'Toby',
  'Unity',
  'Vic',
  'Winter',
  'Xen',
  'Yuri',
  'Zuri',
];

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** One partner's levels: their index course plus lasting differences between dimensions. */
function partnerTargets(random: () => number) {
  const intake = clamp(
    gaussian(random, PAST_EPISODES.intake.mean, PAST_EPISODES.intake.sd),
    15,
    88,
  );
  const gain = gaussian(random, PAST_EPISODES.gain.mean, PAST_EPISODES.gain.sd);
  const offsets = POSITIVE_DIMENSIONS.map(() => gaussian(random, 0, 10));
  const riskOffset = gaussian(random, 0, 8);
  return (weeks: number): Targets => {
    const index =
      intake + gain * (1 - Math.exp(-weeks / PAST_EPISODES.gainWeeks)) + gaussian(random, 0, 2.5);
    const targets = {} as Targets;
    POSITIVE_DIMENSIONS.forEach((dimension, n) => (targets[dimension] = index + offsets[n]));
    // Codependence risk runs against the index: the norms' clinical (49, 58) and functional
    // (72, 35) means lie on risk = 107 − index.
    targets[Dimension.CODEPENDENCE_RISK] = 107 - index + riskOffset;
    return targets;
  };
}

/**
 * The demo clinic's discharged couples, generated from PAST_EPISODES.seed relative to `now`:
 * for each, two partners with a full check-in every three weeks from three days into care to
 * the end of care.
 */
export function pastEpisodes(now: Date, domain: string): PastCouple[] {
  const random = seededRandom(PAST_EPISODES.seed);
  const noise = () => gaussian(random, 0, PAST_EPISODES.itemNoise);
  const between = ([low, high]: [number, number]) => low + (high - low) * random();
  const emails = new Set<string>();
  const couples: PastCouple[] = [];
  for (let n = 0; n < PAST_EPISODES.couples; n++) {
    const family = FAMILIES[n % FAMILIES.length];
    const givens = [0, 1].map(
      (p) => GIVEN[(2 * n + p + Math.floor(n / FAMILIES.length) * 7) % GIVEN.length],
    );
    const endedAt = new Date(now.getTime() - between(PAST_EPISODES.endedWeeksAgo) * WEEK);
    const since = new Date(endedAt.getTime() - between(PAST_EPISODES.weeks) * WEEK);
    const partners = givens.map((given): PastPartner => {
      const course = partnerTargets(random);
      const checkins: PastCheckin[] = [];
      for (
        let at = since.getTime() + 3 * DAY;
        at < endedAt.getTime();
        at += PAST_EPISODES.everyWeeks * WEEK
      ) {
        const weeks = (at - since.getTime() - 3 * DAY) / WEEK;
        checkins.push({
          takenAt: new Date(at),
          answers: noisyAnswers(course(weeks), noise, CheckinForm.FULL),
        });
      }
      let email = `${given}.${family}@${domain}`.toLowerCase();
      for (let k = 2; emails.has(email); k++)
        email = `${given}.${family}.${k}@${domain}`.toLowerCase();
      emails.add(email);
      return { displayName: `${given} ${family}`, email, checkins };
    }) as [PastPartner, PastPartner];
    couples.push({
      name: `${givens[0]} & ${givens[1]} ${family}`,
      primary: n % 3,
      since,
      endedAt,
      partners,
    });
  }
  return couples;
}
