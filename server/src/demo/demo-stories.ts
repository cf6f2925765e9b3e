/**
 * What each demo couple's check-ins say, so that the demo counselor's caseload (Maya Okafor:
 * Morgan, Bennett, Nguyen, Castillo as primary; Haddad and Silva beside Priya Shah) shows every
 * flag on a couple that deserves it and on no other. Partners are in display-name order (as
 * `DemoCouple.clientIds`). Reliable change of the full index needs about 9–12 points (the
 * clinic's estimate or the default), so changes meant as "unchanged" stay within 6 and those
 * meant as reliable exceed 15; intakes sit inside their 10-point band.
 */

/** A point of a partner's course: `at` 0 is the first full check-in, 1 the latest, 'previous' the one before it. */
export interface Knot {
  at: number | 'previous';
  index: number;
  risk: number;
}

export interface DemoStory {
  /** Which flags the story is for, for the reader (the demo test checks the caseload). */
  shows: string;
  partners: [Knot[], Knot[]];
  /** The latest full check-in, due this many days ago, was not taken (absent: next one due in 2 days). */
  missedDaysAgo?: number;
  /** Nothing at all was done (check-ins or exercises) in this many days. */
  quietDays?: number;
  /** This partner answered the latest full check-in with one value throughout. */
  straightLined?: { partner: 0 | 1; value: number };
  /** This partner's most recent check-in answers a safety statement with concern. */
  safety?: { partner: 0 | 1; answers: Record<string, number> };
}

const course = (...knots: Array<[Knot['at'], number, number]>): Knot[] =>
  knots.map(([at, index, risk]) => ({ at, index, risk }));

export const DEMO_STORIES: Record<string, DemoStory> = {
  // Maya Okafor's couples.
  Morgan: {
    shows: 'RELAPSE: Sam fell 18 points since the previous full check-in, still up since intake',
    partners: [
      course([0, 44, 55], [1, 72, 32]),
      course([0, 43, 50], ['previous', 78, 30], [1, 60, 38]),
    ],
  },
  Bennett: {
    shows:
      'RELIABLE_DETERIORATION (Casey, with a drop since previous too); NOT_ON_TRACK (Jordan, flat while comparable partners improve)',
    partners: [
      course([0, 62, 38], ['previous', 58, 45], [1, 40, 52]),
      course([0, 57, 36], [1, 51, 40]),
    ],
  },
  Nguyen: {
    shows: 'LARGE_PARTNER_GAP; NOT_ON_TRACK (Taylor); Riley recovered',
    partners: [course([0, 51, 45], [1, 76, 30]), course([0, 53, 44], [1, 47, 50])],
  },
  Castillo: {
    shows: 'HIGH_CODEPENDENCE_RISK and URGENT_SAFETY (Drew feels controlled)',
    partners: [course([0, 47, 62], [1, 52, 72]), course([0, 50, 40], [1, 54, 36])],
    safety: { partner: 0, answers: { 'safe-controlled': 4 } },
  },
  Haddad: {
    shows:
      'CHECKIN_DUE (missed yesterday); Chris straight-lined "strongly disagree" (risk 60, no codependence flag)',
    partners: [course([0, 48, 42], [1, 50, 40]), course([0, 50, 40], [1, 52, 41])],
    missedDaysAgo: 1,
    straightLined: { partner: 0, value: 1 },
  },
  Silva: {
    shows: 'DISENGAGED (nothing for 17 days, to-dos well overdue) and CHECKIN_DUE; both improved',
    partners: [course([0, 42, 50], [1, 60, 40]), course([0, 43, 48], [1, 60, 39])],
    missedDaysAgo: 3,
    quietDays: 16,
  },
  // Daniel Reyes's and Priya Shah's couples, and Harbor Light's.
  Patel: {
    shows: 'both recovered',
    partners: [course([0, 42, 55], [1, 71, 32]), course([0, 46, 50], [1, 69, 35])],
  },
  Fischer: {
    shows: 'CHECKIN_DUE (missed yesterday); flat',
    partners: [course([0, 50, 40], [1, 51, 41]), course([0, 48, 42], [1, 50, 40])],
    missedDaysAgo: 1,
  },
  Adeyemi: {
    shows: 'both improved',
    partners: [course([0, 44, 48], [1, 60, 40]), course([0, 46, 46], [1, 62, 39])],
  },
  Kowalski: {
    shows: 'one full check-in so far: not measured yet',
    partners: [course([0, 45, 50], [1, 47, 48]), course([0, 47, 47], [1, 49, 46])],
  },
  Yamamoto: {
    shows: 'LARGE_PARTNER_GAP; NOT_ON_TRACK (Parker)',
    partners: [course([0, 50, 45], [1, 74, 30]), course([0, 53, 44], [1, 47, 50])],
  },
  Okonkwo: {
    shows: 'early days, improving',
    partners: [course([0, 45, 50], [1, 52, 44]), course([0, 47, 48], [1, 53, 44])],
  },
  Larsen: {
    shows: 'improving',
    partners: [course([0, 44, 52], [1, 58, 42]), course([0, 46, 50], [1, 60, 41])],
  },
  default: {
    shows: 'improving',
    partners: [course([0, 45, 50], [1, 60, 40]), course([0, 47, 48], [1, 62, 39])],
  },
};
