import { ChangeStatus, Dimension, type ScoreKey } from '@tandem/shared';
import {
  balanceRows,
  changeMark,
  clinicalRangeLabel,
  csvField,
  eventDays,
  gapRows,
  pairWithinWeek,
  partnerSummary,
  prepareTrendData,
  profileRows,
  quickRange,
  rangeVariables,
  reliabilityText,
  scoreRows,
  tableRows,
  timeDomain,
  timeTickLabel,
  timeTicks,
  trendsCsv,
  withSeriesFirst,
  type Point,
  type Reference,
  type Series,
  type Trends,
} from './trend-data';

const DAY = 86_400_000;
const T0 = Date.parse('2027-01-04T18:00:00.000Z');
const at = (days: number) => new Date(T0 + days * DAY).toISOString();

let checkin = 0;
/** One check-in's points: the same checkinId and time for every key given. */
function taken(
  days: number,
  scores: Partial<Record<ScoreKey, number>>,
  form: 'FULL' | 'PULSE' = 'FULL',
): Point[] {
  checkin += 1;
  return Object.entries(scores).map(([key, score]) => ({
    checkinId: `k${checkin}`,
    form,
    key: key as ScoreKey,
    score: score!,
    takenAt: at(days),
  }));
}

function series(
  clientId: string,
  displayName: string,
  checkins: Point[][],
  baselines?: Point[],
): Series {
  const points = checkins.flat();
  const firsts = new Map<string, Point>();
  for (const point of points) if (!firsts.has(point.key)) firsts.set(point.key, point);
  return { clientId, displayName, points, baselines: baselines ?? [...firsts.values()] };
}

function reference(key: ScoreKey, patch: Partial<Reference> = {}): Reference {
  const defaults: Record<string, Pick<Reference, 'cutoff' | 'sd' | 'reliability'>> = {
    INDEX: { cutoff: 61.4, sd: 14, reliability: 0.9 },
    CODEPENDENCE_RISK: { cutoff: 45.1, sd: 16, reliability: 0.82 },
  };
  return {
    key,
    higherIsBetter: key !== 'CODEPENDENCE_RISK',
    provisional: true,
    reliabilitySource: 'DEFAULT',
    responses: 0,
    ...(defaults[key] ?? { cutoff: 60, sd: 15, reliability: 0.8 }),
    ...patch,
  };
}

function trends(seriesList: Series[], events: Trends['events'] = []): Trends {
  return {
    coupleId: 'couple-1',
    series: seriesList,
    events,
    references: [
      reference('INDEX'),
      reference(Dimension.CODEPENDENCE_RISK),
      reference(Dimension.COMMUNICATION),
    ],
  };
}

/** Alex: baseline 45, then 52 two weeks on, then 60 (reliable: ≥ 12.3 points for the index). */
function couple() {
  const alex = series('a', 'Alex Morgan', [
    taken(0, { INDEX: 45, COMMUNICATION: 40, CODEPENDENCE_RISK: 70 }),
    taken(14, { INDEX: 52, COMMUNICATION: 50, CODEPENDENCE_RISK: 62 }),
    taken(28, { INDEX: 60, COMMUNICATION: 65, CODEPENDENCE_RISK: 50 }),
  ]);
  // Sam: two days after Alex in the first and last rounds; day 23 is nearer Alex's day 28
  // than day 14, but day 30 is nearer still, so day 23 stays unpaired.
  const sam = series('b', 'Sam Morgan', [
    taken(2, { INDEX: 70, COMMUNICATION: 72, CODEPENDENCE_RISK: 30 }),
    taken(23, { INDEX: 66, COMMUNICATION: 60, CODEPENDENCE_RISK: 35 }),
    taken(30, { INDEX: 64, COMMUNICATION: 61, CODEPENDENCE_RISK: 38 }),
  ]);
  return trends(
    [alex, sam],
    [
      { at: at(10), clientId: 'a', title: 'Listening walk' },
      {
        at: new Date(T0 + 10 * DAY + 60_000).toISOString(),
        clientId: 'b',
        title: 'Listening walk',
      },
      { at: at(20), clientId: null, title: 'Weekly check-in talk' },
    ],
  );
}

describe('pairWithinWeek', () => {
  const point = (days: number, score = 50): Point => ({
    checkinId: `p${days}`,
    form: 'FULL',
    key: 'INDEX',
    score,
    takenAt: at(days),
  });

  it('pairs points less than seven days apart, each once, in time order', () => {
    const pairs = pairWithinWeek(
      [point(0), point(14), point(28)],
      [point(2), point(23), point(30)],
    );
    expect(pairs.map((pair) => [pair.a.checkinId, pair.b.checkinId])).toEqual([
      ['p0', 'p2'],
      ['p28', 'p30'],
    ]);
    // The round is complete when the later partner answered.
    expect(pairs[0].t).toBe(Date.parse(at(2)));
  });

  it('does not pair points exactly a week apart', () => {
    expect(pairWithinWeek([point(0)], [point(7)])).toEqual([]);
    expect(pairWithinWeek([point(0)], [point(6.9)])).toHaveLength(1);
  });
});

describe('scoreRows', () => {
  it('has a row per check-in time with each partner and the couple mean where both answered within a week', () => {
    const rows = scoreRows(couple(), 'INDEX');
    expect(rows.map((row) => [(row.t - T0) / DAY, row.a, row.b, row.mean])).toEqual([
      [0, 45, undefined, undefined],
      [2, undefined, 70, 57.5],
      [14, 52, undefined, undefined],
      [23, undefined, 66, undefined],
      [28, 60, undefined, undefined],
      [30, undefined, 64, 62],
    ]);
  });

  it('marks reliable change since each partner’s baseline, not the baseline itself', () => {
    const rows = scoreRows(couple(), 'INDEX');
    const alex = rows.filter((row) => row.a !== undefined);
    expect(alex[0].aChange).toBeUndefined();
    // S_diff = √2 · 14 · √(1 − 0.9) = 6.26; +7 is 1.12, +15 is 2.40.
    expect(alex[1].aChange?.reliable).toBeUndefined();
    expect(alex[1].aChange?.rci).toBeCloseTo(1.118, 3);
    expect(alex[2].aChange).toEqual({ rci: expect.closeTo(2.396, 3), reliable: 'better' });
    const sam = rows.filter((row) => row.b !== undefined);
    expect(sam.every((row) => !row.bChange?.reliable)).toBe(true);
  });

  it('reads codependence risk the other way: a fall is improvement', () => {
    const rows = scoreRows(couple(), Dimension.CODEPENDENCE_RISK);
    const last = rows.filter((row) => row.a !== undefined).at(-1)!;
    // 70 → 50 with S_diff = √2 · 16 · √0.18 = 9.60: RCI +2.08, better.
    expect(last.aChange).toEqual({ rci: expect.closeTo(2.083, 3), reliable: 'better' });
  });

  it('measures from the baseline even when it lies before the range', () => {
    const early = taken(-60, { INDEX: 30 });
    const alex = series('a', 'Alex', [taken(0, { INDEX: 50 })], early);
    const rows = scoreRows(trends([alex]), 'INDEX');
    expect(rows).toHaveLength(1);
    expect(rows[0].aChange?.reliable).toBe('better');
    expect(rows[0].mean).toBeUndefined();
  });
});

describe('changeMark', () => {
  const base = taken(0, { INDEX: 60 })[0];
  const later = taken(7, { INDEX: 45 })[0];

  it('flags reliable deterioration', () => {
    expect(changeMark(later, base, reference('INDEX'), 'INDEX')?.reliable).toBe('worse');
  });

  it('marks nothing without a reference or with one that cannot give reliable change', () => {
    expect(changeMark(later, base, undefined, 'INDEX')).toBeUndefined();
    expect(changeMark(later, base, { sd: 14, reliability: 1 }, 'INDEX')).toBeUndefined();
  });
});

describe('gapRows', () => {
  it('gives |A − B| of the index and of the selected score for each paired round', () => {
    expect(gapRows(couple(), Dimension.COMMUNICATION)).toEqual([
      { t: Date.parse(at(2)), index: 25, metric: 32 },
      { t: Date.parse(at(30)), index: 4, metric: 4 },
    ]);
    expect(gapRows(couple(), 'INDEX')[0]).toEqual({ t: Date.parse(at(2)), index: 25 });
  });

  it('is empty with one partner', () => {
    expect(gapRows(trends([couple().series[0]]), 'INDEX')).toEqual([]);
  });
});

describe('profileRows and balanceRows', () => {
  it('takes each partner’s latest score per dimension', () => {
    const profile = profileRows(couple());
    expect(profile.map((row) => row.key)).toEqual([
      'COMMUNICATION',
      'EQUALITY',
      'GROWTH',
      'COMMITMENT',
      'PERSONAL_SPACE',
      'CODEPENDENCE_RISK',
    ]);
    expect(profile[0]).toEqual({ key: 'COMMUNICATION', label: 'Communication', a: 65, b: 61 });
    expect(profile[1]).toEqual({ key: 'EQUALITY', label: 'Equality', a: undefined, b: undefined });
  });

  it('puts one partner’s index and codependence risk on the same rows', () => {
    expect(balanceRows(couple().series[0])).toEqual([
      { t: T0, index: 45, risk: 70 },
      { t: Date.parse(at(14)), index: 52, risk: 62 },
      { t: Date.parse(at(28)), index: 60, risk: 50 },
    ]);
  });
});

describe('partnerSummary', () => {
  it('gives the latest score, the change since baseline and the status with its RCI', () => {
    const summary = partnerSummary(couple().series[0], 'INDEX', { reliability: 0.9 });
    expect(summary).toMatchObject({
      displayName: 'Alex Morgan',
      latest: { score: 60 },
      baseline: { score: 45 },
      delta: 15,
      better: true,
      status: ChangeStatus.IMPROVED,
    });
    expect(summary?.rci).toBeCloseTo(2.396, 3);
  });

  it('calls a reliable rise across the cut-off recovery', () => {
    const alex = series('a', 'Alex', [taken(0, { INDEX: 45 }), taken(30, { INDEX: 66 })]);
    expect(partnerSummary(alex, 'INDEX', { reliability: 0.9 })?.status).toBe(
      ChangeStatus.RECOVERED,
    );
  });

  it('uses the reliability given: a lower one needs a larger change', () => {
    const summary = partnerSummary(couple().series[0], 'INDEX', { reliability: 0.6 });
    expect(summary?.status).toBe(ChangeStatus.UNCHANGED);
  });

  it('has no change for a single check-in, and nothing without a score', () => {
    const one = series('a', 'Alex', [taken(0, { INDEX: 45 })]);
    expect(partnerSummary(one, 'INDEX', undefined)).toMatchObject({ delta: null, better: null });
    expect(partnerSummary(one, Dimension.GROWTH, undefined)).toBeNull();
  });

  it('counts a fall in codependence risk as better', () => {
    const summary = partnerSummary(couple().series[0], Dimension.CODEPENDENCE_RISK, {
      reliability: 0.82,
    });
    // 70 → 50 is reliable, but 50 is still above the cut-off (45.3): improved, not recovered.
    expect(summary).toMatchObject({ delta: -20, better: true, status: ChangeStatus.IMPROVED });
  });
});

describe('words for the reference', () => {
  it('says which reliability was used', () => {
    expect(
      reliabilityText({ reliability: 0.8412, reliabilitySource: 'CLINIC', responses: 45 }),
    ).toBe('clinic estimate α = 0.84 from 45 responses');
    expect(reliabilityText({ reliability: 0.82, reliabilitySource: 'DEFAULT', responses: 0 })).toBe(
      'provisional default α = 0.82',
    );
  });

  it('names the clinical side of the cut-off', () => {
    expect(clinicalRangeLabel({ cutoff: 62, higherIsBetter: true })).toBe(
      'Clinical range (below cut-off 62)',
    );
    expect(clinicalRangeLabel({ cutoff: 45.1, higherIsBetter: false })).toBe(
      'Clinical range (above cut-off 45.1)',
    );
  });
});

describe('table and CSV', () => {
  it('has one row per partner and check-in with every score', () => {
    const rows = tableRows(couple());
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({
      partner: 'Alex Morgan',
      form: 'FULL',
      scores: { INDEX: 45, COMMUNICATION: 40, CODEPENDENCE_RISK: 70 },
    });
    expect(rows.map((row) => row.partner[0])).toEqual(['A', 'S', 'A', 'S', 'A', 'S']);
  });

  it('writes CSV with a header, empty cells for missing scores and CRLF lines', () => {
    const csv = trendsCsv(tableRows(couple()).slice(0, 1));
    expect(csv).toBe(
      'Taken at (UTC),Partner,Form,Interdependence index,Communication,Equality,Growth,Commitment,Personal space,Codependence risk\r\n' +
        `${at(0)},Alex Morgan,Full,45,40,,,,,70\r\n`,
    );
  });

  it('quotes fields with commas or quotes and defuses spreadsheet formulas', () => {
    expect(csvField('Morgan, Alex')).toBe('"Morgan, Alex"');
    expect(csvField('Sam "Sammy" Morgan')).toBe('"Sam ""Sammy"" Morgan"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@Sam')).toBe("'@Sam");
    expect(csvField(61.4)).toBe('61.4');
    expect(csvField(undefined)).toBe('');
  });
});

describe('time axis', () => {
  it('pads the domain, more for a single point', () => {
    expect(timeDomain([])).toBeNull();
    expect(timeDomain([T0])).toEqual([T0 - 7 * DAY, T0 + 7 * DAY]);
    const [min, max] = timeDomain([T0, T0 + 100 * DAY])!;
    expect(min).toBeCloseTo(T0 - 3 * DAY, -3);
    expect(max).toBeCloseTo(T0 + 103 * DAY, -3);
  });

  it('ticks the first of each month over months, each week over weeks', () => {
    const monthly = timeTicks([new Date(2027, 0, 10).getTime(), new Date(2027, 5, 20).getTime()]);
    expect(monthly.map((t) => new Date(t).getMonth())).toEqual([1, 2, 3, 4, 5]);
    expect(monthly.every((t) => new Date(t).getDate() === 1)).toBe(true);
    const yearly = timeTicks([new Date(2026, 0, 10).getTime(), new Date(2027, 11, 20).getTime()]);
    expect(yearly.length).toBeLessThanOrEqual(8);
    const weekly = timeTicks([new Date(2027, 0, 1).getTime(), new Date(2027, 1, 5).getTime()]);
    expect(weekly).toHaveLength(5);
    expect(weekly[1] - weekly[0]).toBeGreaterThanOrEqual(7 * DAY - 3_600_000);
  });

  it('labels month ticks by month, with the year on the first tick and on January', () => {
    const ticks = timeTicks([new Date(2026, 8, 10).getTime(), new Date(2027, 4, 20).getTime()]);
    const label = timeTickLabel(ticks);
    const year = (month: number, y: number) =>
      new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' }).format(
        new Date(y, month, 1),
      );
    const month = (m: number) =>
      new Intl.DateTimeFormat(undefined, { month: 'short' }).format(new Date(2026, m, 1));
    // Eight months: a tick every second month.
    expect(ticks.map(label)).toEqual([year(10, 2026), year(0, 2027), month(2), month(4)]);
    const weekly = timeTicks([new Date(2027, 0, 1).getTime(), new Date(2027, 1, 5).getTime()]);
    expect(timeTickLabel(weekly)(weekly[0])).toBe(
      new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }).format(weekly[0]),
    );
  });

  it('groups exercise submissions by day', () => {
    const days = eventDays(couple().events);
    expect(days).toHaveLength(2);
    expect(days[0].titles).toEqual(['Listening walk']);
  });
});

describe('ranges', () => {
  it('makes quick ranges ending today, and all with open ends', () => {
    expect(quickRange('3m', new Date(2027, 4, 31))).toEqual({
      from: '2027-03-03',
      to: '2027-05-31',
    });
    expect(quickRange('12m', new Date(2027, 4, 15))).toEqual({
      from: '2026-05-15',
      to: '2027-05-15',
    });
    expect(quickRange('all')).toEqual({ from: '', to: '' });
  });

  it('asks the API from the start of the first day to the end of the last', () => {
    const { from, to } = rangeVariables('2027-03-01', '2027-03-31');
    expect(new Date(from!).getTime()).toBe(new Date(2027, 2, 1).getTime());
    expect(new Date(to!).getTime()).toBe(new Date(2027, 2, 31, 23, 59, 59, 999).getTime());
    expect(rangeVariables('', '')).toEqual({ from: null, to: null });
  });
});

describe('prepareTrendData', () => {
  it('puts the signed-in client first and says whether there is anything to draw', () => {
    const data = prepareTrendData(withSeriesFirst(couple(), 'b'), 'INDEX');
    expect(data.partners.map((partner) => partner.displayName)).toEqual([
      'Sam Morgan',
      'Alex Morgan',
    ]);
    expect(data.hasAnyCheckin).toBe(true);
    expect(data.hasPointsInRange).toBe(true);
    expect(data.events).toHaveLength(2);

    const none = prepareTrendData(
      trends([series('a', 'Alex', []), series('b', 'Sam', [])]),
      'INDEX',
    );
    expect(none.hasAnyCheckin).toBe(false);
    expect(none.domain).toBeNull();
  });
});
