import {
  caseloadFlags,
  type CoupleFacts,
  FLAG_THRESHOLDS,
  FlagKind,
  ordinal,
  type PartnerFacts,
} from './caseload-flags';
import type { ExpectedChange } from './expected-change';
import { landmarksOf, seriesProgress } from './progress';
import { ChangeStatus, type ScoreNorm } from './types';

// The index norm: clinical 49 (SD 14), functional 72 (SD 12), alpha .9.
// S_diff = √2 · 14 · √(1 − .9) = 14 · √.2 ≈ 6.26099 (reliable from ≈ 12.27 points);
// cut-off c = (14 · 72 + 12 · 49) / 26 = 1596 / 26 ≈ 61.38.
const indexNorm: ScoreNorm = {
  clinicalMean: 49,
  clinicalSd: 14,
  functionalMean: 72,
  functionalSd: 12,
  alpha: 0.9,
};
const indexReference = { sd: 14, reliability: 0.9 };
const REFERENCE_TEXT = 'full-form index, reliability 0.90, SD 14';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const now = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

/** A partner whose FULL INDEX series has `scores` at the given days before now. */
function partner(
  displayName: string,
  series: [daysBeforeNow: number, score: number][],
  more: Partial<PartnerFacts> = {},
): PartnerFacts {
  const points = series.map(([days, score], i) => ({
    checkinId: `${displayName}-${i}`,
    takenAt: daysAgo(days),
    score,
  }));
  return {
    clientId: `client-${displayName}`,
    displayName,
    index: seriesProgress(landmarksOf(points), indexReference, indexNorm, 'INDEX'),
    indexReference,
    latestCodependenceRisk: 40,
    latestStraightLined: false,
    expected: null,
    ...more,
  };
}

const calm: CoupleFacts = {
  partners: [
    partner('A', [
      [56, 50],
      [2, 55],
    ]),
    partner('B', [
      [56, 52],
      [2, 58],
    ]),
  ],
  gap: { a: 55, b: 58, takenAt: daysAgo(2) },
  overdueTodos: 0,
  wellOverdueTodos: 0,
  checkinOverdue: false,
  lastActivityAt: daysAgo(2),
  inCareSince: daysAgo(60),
  openSafetyAlerts: 0,
};
const flagsOf = (facts: CoupleFacts) => caseloadFlags(facts, { now, indexNorm });
const kinds = (facts: CoupleFacts) => flagsOf(facts).map((flag) => flag.kind);
const withA = (a: PartnerFacts): CoupleFacts => ({ ...calm, partners: [a, calm.partners[1]] });

describe('caseload flags', () => {
  it('raises nothing for a couple doing fine', () => {
    expect(FLAG_THRESHOLDS).toEqual({
      codependenceRisk: 60,
      partnerGap: 20,
      inactiveDays: 14,
      overdueTodos: 2,
      overdueGraceDays: 2,
      engagementWindowDays: 90,
    });
    expect(kinds(calm)).toEqual([]);
  });

  describe('URGENT_SAFETY', () => {
    it('comes first while a safety alert is open, and says nothing clinical', () => {
      const facts = { ...calm, openSafetyAlerts: 1, checkinOverdue: true };
      const flags = flagsOf(facts);
      expect(flags.map((flag) => flag.kind)).toEqual([
        FlagKind.URGENT_SAFETY,
        FlagKind.CHECKIN_DUE,
      ]);
      expect(flags[0].reason).toBe(
        'A safety answer needs an individual check before joint work goes on.',
      );
      expect(flagsOf({ ...calm, openSafetyAlerts: 2 })[0].reason).toBe(
        '2 safety answers need an individual check before joint work goes on.',
      );
    });
  });

  describe('RELIABLE_DETERIORATION', () => {
    it('is raised by a reliable fall since the first check-in of the episode', () => {
      // 55 → 40 over 14 days: RCI = −15 / 6.26099 ≈ −2.396 → "−2.40", at or below −1.96
      const flags = flagsOf(
        withA(
          partner('A', [
            [14, 55],
            [0, 40],
          ]),
        ),
      );
      expect(flags.map((flag) => flag.kind)).toEqual([FlagKind.RELIABLE_DETERIORATION]);
      expect(flags[0].reason).toBe(
        `A's index fell from 55 to 40 (−15, RCI −2.40) since the first check-in of this episode, at or below −1.96: larger than measurement error can explain (${REFERENCE_TEXT}).`,
      );
      // −10 gives RCI ≈ −1.60: not larger than measurement error can explain.
      const smaller = partner('A', [
        [14, 50],
        [0, 40],
      ]);
      expect(kinds(withA(smaller))).toEqual([]);
    });

    it('names the drop since the previous check-in too, and no RELAPSE beside it', () => {
      // 60 (day −28), 57 (−14), 43 (0). Since baseline −17: RCI ≈ −2.7152 → "−2.72".
      // Since previous −14: RCI = −14 / 6.26099 ≈ −2.2361 → "−2.24".
      const flags = flagsOf(
        withA(
          partner('A', [
            [28, 60],
            [14, 57],
            [0, 43],
          ]),
        ),
      );
      expect(flags.map((flag) => flag.kind)).toEqual([FlagKind.RELIABLE_DETERIORATION]);
      expect(flags[0].reason).toBe(
        `A's index fell from 60 to 43 (−17, RCI −2.72) since the first check-in of this episode, at or below −1.96: larger than measurement error can explain (${REFERENCE_TEXT}). It fell from 57 to 43 (−14, RCI −2.24) since the previous check-in at least 7 days earlier.`,
      );
    });

    it('waits for two check-ins 7 days apart', () => {
      // −30 in 6 days would be reliable (RCI ≈ −4.79), but is not measured yet.
      const soon = partner('A', [
        [6, 70],
        [0, 40],
      ]);
      expect(soon.index.sinceBaseline).toBeNull();
      expect(kinds(withA(soon))).toEqual([]);
    });
  });

  describe('RELAPSE', () => {
    it('is raised by a reliable fall since the previous check-in while still improved overall', () => {
      // 40 (day −28), 72 (−14), 56 (0). Since previous −16: RCI = −16 / 6.26099 ≈ −2.5555.
      // Since baseline +16: RCI ≈ +2.56, 56 < c 61.38 → improved.
      const flags = flagsOf(
        withA(
          partner('A', [
            [28, 40],
            [14, 72],
            [0, 56],
          ]),
        ),
      );
      expect(flags.map((flag) => flag.kind)).toEqual([FlagKind.RELAPSE]);
      expect(flags[0].reason).toBe(
        `A's index fell from 72 to 56 (−16, RCI −2.56) since the previous check-in at least 7 days earlier, at or below −1.96: larger than measurement error can explain (${REFERENCE_TEXT}). Since the first check-in of this episode it went from 40 to 56 (+16, RCI +2.56): improved.`,
      );
    });

    it('is not raised by a fall the measurement error can explain, or one within 7 days', () => {
      // 72 → 62 since previous: RCI ≈ −1.60
      const small = partner('A', [
        [28, 40],
        [14, 72],
        [0, 62],
      ]);
      expect(kinds(withA(small))).toEqual([]);
      // 72 (5 days ago) → 56: the previous is the baseline 40 (28 days ago): +16, improved.
      const recent = partner('A', [
        [28, 40],
        [5, 72],
        [0, 56],
      ]);
      expect(recent.index.previous?.score).toBe(40);
      expect(kinds(withA(recent))).toEqual([]);
    });
  });

  describe('HIGH_CODEPENDENCE_RISK', () => {
    it('is raised at 60 or more', () => {
      const flags = flagsOf(withA({ ...calm.partners[0], latestCodependenceRisk: 62.5 }));
      expect(flags).toEqual([
        {
          kind: FlagKind.HIGH_CODEPENDENCE_RISK,
          reason: "A's codependence risk is 62.5 (flagged at 60 or more).",
        },
      ]);
      expect(kinds(withA({ ...calm.partners[0], latestCodependenceRisk: 59.9 }))).toEqual([]);
    });

    it('is not raised from a straight-lined response (agreeing with everything)', () => {
      const agreeing = {
        ...calm.partners[0],
        latestCodependenceRisk: 65,
        latestStraightLined: true,
      };
      expect(kinds(withA(agreeing))).toEqual([]);
    });
  });

  describe('LARGE_PARTNER_GAP', () => {
    it('reads the latest pair taken less than 7 days apart', () => {
      const flags = flagsOf({ ...calm, gap: { a: 70, b: 49, takenAt: daysAgo(1) } });
      expect(flags).toEqual([
        {
          kind: FlagKind.LARGE_PARTNER_GAP,
          reason:
            "The partners' latest index scores taken less than 7 days apart are 21 points apart (A 70, B 49; flagged at 20 or more).",
        },
      ]);
      expect(kinds({ ...calm, gap: { a: 70, b: 50.1, takenAt: daysAgo(1) } })).toEqual([]);
    });

    it('is not raised without such a pair, however far apart the partners’ latest scores', () => {
      const facts: CoupleFacts = {
        ...calm,
        partners: [partner('A', [[100, 80]]), partner('B', [[1, 40]])],
        gap: null,
      };
      expect(kinds(facts)).toEqual([]);
    });
  });

  describe('DISENGAGED', () => {
    const RULE =
      '(flagged at 14 days without activity, or 2 or more to-dos overdue by more than 2 days)';

    it('is not raised by one to-do an hour overdue', () => {
      // due one hour ago: overdue, but not by more than 2 days
      expect(kinds({ ...calm, overdueTodos: 1, wellOverdueTodos: 0 })).toEqual([]);
      // one well overdue is not enough either
      expect(kinds({ ...calm, overdueTodos: 1, wellOverdueTodos: 1 })).toEqual([]);
    });

    it('is raised by two to-dos more than 2 days overdue', () => {
      expect(flagsOf({ ...calm, overdueTodos: 2, wellOverdueTodos: 2 })).toEqual([
        {
          kind: FlagKind.DISENGAGED,
          reason: `2 to-dos overdue by more than 2 days ${RULE}.`,
        },
      ]);
    });

    it('is raised after 14 days without activity, not 13 days 23 hours', () => {
      expect(flagsOf({ ...calm, lastActivityAt: daysAgo(31) })).toEqual([
        { kind: FlagKind.DISENGAGED, reason: `No activity for 31 days ${RULE}.` },
      ]);
      expect(kinds({ ...calm, lastActivityAt: daysAgo(14) })).toEqual([FlagKind.DISENGAGED]);
      const almost = new Date(now.getTime() - 14 * DAY + HOUR);
      expect(kinds({ ...calm, lastActivityAt: almost })).toEqual([]);
      // both reasons at once
      expect(
        flagsOf({ ...calm, lastActivityAt: daysAgo(20), overdueTodos: 3, wellOverdueTodos: 3 })[0]
          .reason,
      ).toBe(`No activity for 20 days and 3 to-dos overdue by more than 2 days ${RULE}.`);
    });

    it('counts idle days from the start of care when there is no activity since', () => {
      const fresh = { ...calm, lastActivityAt: null, inCareSince: daysAgo(3) };
      expect(kinds(fresh)).toEqual([]);
      expect(flagsOf({ ...fresh, inCareSince: daysAgo(20) })).toEqual([
        {
          kind: FlagKind.DISENGAGED,
          reason: `No activity in the 20 days since care began ${RULE}.`,
        },
      ]);
      // activity from before this episode of care does not count against the couple
      expect(kinds({ ...calm, lastActivityAt: daysAgo(40), inCareSince: daysAgo(10) })).toEqual([]);
    });
  });

  it('flags an overdue check-in', () => {
    expect(flagsOf({ ...calm, checkinOverdue: true })).toEqual([
      {
        kind: FlagKind.CHECKIN_DUE,
        reason: 'A scheduled check-in is past its due date and not taken.',
      },
    ]);
  });

  describe('NOT_ON_TRACK', () => {
    const expected: ExpectedChange = {
      low: 3.9,
      median: 12,
      couples: 34,
      partners: 41,
      intakeBand: [40, 50],
      weeks: [5, 11],
    };
    const slow = (latest: number, more: Partial<PartnerFacts> = {}) =>
      partner(
        'A',
        [
          [56, 45],
          [0, latest],
        ],
        { expected, ...more },
      );

    it('is raised per partner below the 10th percentile of comparable partners', () => {
      // 45 → 46 in 56 days = 8 weeks: +1 < +3.9 (RCI ≈ 0.16, 46 < c 61.38)
      const flags = flagsOf(withA(slow(46)));
      expect(flags).toEqual([
        {
          kind: FlagKind.NOT_ON_TRACK,
          reason:
            "A's index changed +1 in 8 weeks, below the clinic's expected line: the 10th percentile of change, +3.9, among 34 comparison couples (41 partners) who started in the 40–50 intake band, at 5–11 weeks in care. About 1 in 10 comparable partners falls below it by design.",
        },
      ]);
      // the other partner, at or above the line, is not flagged
      expect(kinds({ ...calm, partners: [slow(46), { ...slow(49), displayName: 'B' }] })).toEqual([
        FlagKind.NOT_ON_TRACK,
      ]);
    });

    it('is not raised without a line, a measured change, or below-line change', () => {
      expect(kinds(withA(slow(46, { expected: null })))).toEqual([]);
      const once = partner('A', [[0, 45]], { expected });
      expect(once.index.sinceBaseline).toBeNull();
      expect(kinds(withA(once))).toEqual([]);
      // with the line at +4, 45 → 49 is on the line, not below it
      expect(kinds(withA(slow(49, { expected: { ...expected, low: 4 } })))).toEqual([]);
    });

    it('is never raised for a reliable improvement', () => {
      // line at +15; 45 → 58 is +13 (below it), but RCI = 13 / 6.26099 ≈ 2.08: reliably improved
      const reliable = slow(58, { expected: { ...expected, low: 15 } });
      expect(reliable.index.sinceBaseline?.reliable).toBe(true);
      expect(kinds(withA(reliable))).toEqual([]);
    });

    it('is not raised on top of a reliable deterioration: one fall, one flag', () => {
      // 45 → 30 is −15 (below +3.9), RCI = −15 / 6.26099 ≈ −2.40: already DETERIORATED
      const fallen = slow(30);
      expect(fallen.index.sinceBaseline?.status).toBe(ChangeStatus.DETERIORATED);
      expect(kinds(withA(fallen))).toEqual([FlagKind.RELIABLE_DETERIORATION]);
    });

    it('is never raised on the functional side of cut-off c', () => {
      // 60 → 62 is +2 < +3.9 but 62 > c ≈ 61.38; 59 → 61 (< c) is flagged
      const functional = partner(
        'A',
        [
          [56, 60],
          [0, 62],
        ],
        { expected },
      );
      expect(kinds(withA(functional))).toEqual([]);
      const clinical = partner(
        'A',
        [
          [56, 59],
          [0, 61],
        ],
        { expected },
      );
      expect(kinds(withA(clinical))).toEqual([FlagKind.NOT_ON_TRACK]);
    });
  });

  it('lists flags in a fixed order', () => {
    const facts: CoupleFacts = {
      partners: [
        partner(
          'A',
          [
            [28, 40],
            [14, 72],
            [0, 56],
          ],
          { latestCodependenceRisk: 70 },
        ),
        partner('B', [
          [56, 55],
          [0, 40],
        ]),
        // A third partner only so that one fixture holds every kind: NOT_ON_TRACK is never
        // raised beside a reliable deterioration of the same partner.
        partner(
          'C',
          [
            [56, 55],
            [0, 51],
          ],
          {
            expected: {
              low: 0,
              median: 8,
              couples: 30,
              partners: 30,
              intakeBand: [50, 60],
              weeks: [5, 11],
            },
          },
        ),
      ],
      gap: { a: 56, b: 30, takenAt: daysAgo(0) },
      overdueTodos: 2,
      wellOverdueTodos: 2,
      checkinOverdue: true,
      lastActivityAt: daysAgo(1),
      inCareSince: daysAgo(60),
      openSafetyAlerts: 1,
    };
    expect(kinds(facts)).toEqual([
      FlagKind.URGENT_SAFETY,
      FlagKind.RELAPSE,
      FlagKind.RELIABLE_DETERIORATION,
      FlagKind.HIGH_CODEPENDENCE_RISK,
      FlagKind.LARGE_PARTNER_GAP,
      FlagKind.DISENGAGED,
      FlagKind.CHECKIN_DUE,
      FlagKind.NOT_ON_TRACK,
    ]);
  });
});

describe('ordinal', () => {
  it('names percentiles as people write them', () => {
    expect([1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 25, 50, 75].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '10th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '25th',
      '50th',
      '75th',
    ]);
  });
});
