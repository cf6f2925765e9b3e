import {
  CheckinForm,
  Dimension,
  defaultReference,
  CHECKIN_INSTRUMENT,
  type ScoreKey,
} from '@tandem/shared';
import {
  balanceRows,
  changeMark,
  clinicalRangeLabel,
  csvField,
  cutoffText,
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
  versionChanges,
  withSeriesFirst,
  type Form,
  type Measured,
  type Point,
  type Progress,
  type Reference,
  type Series,
  type Trends,
} from './trend-data';

/** An RCI to three decimals, as a matcher inside an expected object. */
const near = (value: number): number => expect.closeTo(value, 3) as number;

const DAY = 86_400_000;
const T0 = Date.parse('2027-01-04T18:00:00.000Z');
const at = (days: number) => new Date(T0 + days * DAY).toISOString();

let checkin = 0;
/** One check-in's points on one form: the same checkinId and time for every key given. */
function taken(
  days: number,
  scores: Partial<Record<ScoreKey, number>>,
  form: Form = 'FULL',
  instrumentVersion = 2,
): Point[] {
  checkin += 1;
  return Object.entries(scores).map(([key, score]) => ({
    checkinId: `k${checkin}`,
    form,
    instrumentVersion,
    key: key as ScoreKey,
    score: score!,
    straightLined: false,
    takenAt: at(days),
  }));
}

/** A full check-in as stored: its full-form scores and the scores of its pulse items. */
function fullWithPulse(
  days: number,
  full: Partial<Record<ScoreKey, number>>,
  pulse: Partial<Record<ScoreKey, number>>,
): Point[] {
  const points = taken(days, full, 'FULL');
  return [
    ...points,
    ...taken(days, pulse, 'PULSE').map((p) => ({ ...p, checkinId: points[0].checkinId })),
  ];
}

function series(
  clientId: string,
  displayName: string,
  checkins: Point[][],
  options: { baselines?: Point[]; progress?: Progress[] } = {},
): Series {
  const points = checkins.flat();
  const firsts = new Map<string, Point>();
  for (const point of points) {
    const id = `${point.form}:${point.instrumentVersion}:${point.key}`;
    if (!firsts.has(id)) firsts.set(id, point);
  }
  return {
    clientId,
    displayName,
    points,
    baselines: options.baselines ?? [...firsts.values()],
    progress: options.progress ?? [],
  };
}

function reference(
  key: ScoreKey,
  patch: Partial<Reference> = {},
  form: Form = 'FULL',
  instrumentVersion = 2,
): Reference {
  const defaults: Record<string, Pick<Reference, 'cutoff' | 'sd' | 'reliability'>> = {
    INDEX: { cutoff: 61.4, sd: 14, reliability: 0.9 },
    CODEPENDENCE_RISK: { cutoff: 45.1, sd: 16, reliability: 0.82 },
  };
  const values = defaults[key] ?? { cutoff: 60, sd: 15, reliability: 0.8 };
  return {
    key,
    form,
    instrumentVersion,
    higherIsBetter: key !== 'CODEPENDENCE_RISK',
    provisional: true,
    reliabilitySource: 'DEFAULT',
    reliabilityLower: null,
    reliabilityUpper: null,
    sampleSize: 0,
    cutoffA: 77,
    cutoffB: 48,
    cutoffC: values.cutoff,
    cutoffUsed: 'c',
    ...values,
    ...patch,
  };
}

function trends(seriesList: Series[], events: Trends['events'] = []): Trends {
  return {
    coupleId: 'couple-1',
    episode: { number: 1, startedAt: at(-100) },
    series: seriesList,
    events,
    references: [
      reference('INDEX'),
      reference(Dimension.CODEPENDENCE_RISK),
      reference(Dimension.COMMUNICATION),
      // The pulse: one item per dimension, far less reliable.
      reference('INDEX', { sd: 18, reliability: 0.64 }, 'PULSE'),
      reference(Dimension.COMMUNICATION, { sd: 22, reliability: 0.5 }, 'PULSE'),
      reference('INDEX', {}, 'FULL', 1),
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
  const point = (days: number, score = 50, instrumentVersion = 2): Point => ({
    checkinId: `p${days}`,
    form: 'FULL',
    instrumentVersion,
    key: 'INDEX',
    score,
    straightLined: false,
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

  it('does not pair points exactly a week apart, nor of different instrument versions', () => {
    expect(pairWithinWeek([point(0)], [point(7)])).toEqual([]);
    expect(pairWithinWeek([point(0)], [point(6.9)])).toHaveLength(1);
    expect(pairWithinWeek([point(0, 50, 1)], [point(1, 50, 2)])).toEqual([]);
  });
});

describe('scoreRows', () => {
  it('has a row per check-in time with each partner and the couple mean where both answered within a week', () => {
    const rows = scoreRows(couple(), 'INDEX', 'FULL');
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
    const rows = scoreRows(couple(), 'INDEX', 'FULL');
    const alex = rows.filter((row) => row.a !== undefined);
    expect(alex[0].aChange).toBeUndefined();
    // S_diff = √2 · 14 · √(1 − 0.9) = 6.26; +7 is 1.12, +15 is 2.40.
    expect(alex[1].aChange?.reliable).toBeUndefined();
    expect(alex[1].aChange?.rci).toBeCloseTo(1.118, 3);
    expect(alex[2].aChange).toEqual({ rci: near(2.396), reliable: 'better' });
    const sam = rows.filter((row) => row.b !== undefined);
    expect(sam.every((row) => !row.bChange?.reliable)).toBe(true);
  });

  it('reads codependence risk the other way: a fall is improvement', () => {
    const rows = scoreRows(couple(), Dimension.CODEPENDENCE_RISK, 'FULL');
    const last = rows.filter((row) => row.a !== undefined).at(-1)!;
    // 70 → 50 with S_diff = √2 · 16 · √0.18 = 9.60: RCI +2.08, better.
    expect(last.aChange).toEqual({ rci: near(2.083), reliable: 'better' });
  });

  it('measures from the baseline even when it lies before the range', () => {
    const early = taken(-60, { INDEX: 30 });
    const alex = series('a', 'Alex', [taken(0, { INDEX: 50 })], { baselines: early });
    const rows = scoreRows(trends([alex]), 'INDEX', 'FULL');
    expect(rows).toHaveLength(1);
    expect(rows[0].aChange?.reliable).toBe('better');
    expect(rows[0].mean).toBeUndefined();
  });

  it('marks nothing less than 7 days after the baseline: not measured yet', () => {
    const alex = series('a', 'Alex', [taken(0, { INDEX: 30 }), taken(6, { INDEX: 70 })]);
    const rows = scoreRows(trends([alex]), 'INDEX', 'FULL');
    expect(rows[1].a).toBe(70);
    expect(rows[1].aChange).toBeUndefined();
  });

  it('draws one form only, each point read against its own form: a pulse step is not a full step', () => {
    const alex = series('a', 'Alex', [
      fullWithPulse(0, { COMMUNICATION: 50 }, { COMMUNICATION: 50 }),
      taken(14, { COMMUNICATION: 75 }, 'PULSE'),
      fullWithPulse(28, { COMMUNICATION: 75 }, { COMMUNICATION: 75 }),
    ]);
    const full = scoreRows(trends([alex]), Dimension.COMMUNICATION, 'FULL');
    expect(full.map((row) => (row.t - T0) / DAY)).toEqual([0, 28]);
    // Full: S_diff = √2 · 15 · √0.2 = 9.49, +25 is 2.64.
    expect(full[1].aChange).toEqual({ rci: near(2.635), reliable: 'better' });
    const pulse = scoreRows(trends([alex]), Dimension.COMMUNICATION, 'PULSE');
    expect(pulse.map((row) => (row.t - T0) / DAY)).toEqual([0, 14, 28]);
    // Pulse: S_diff = √2 · 22 · √0.5 = 22, +25 is 1.14: not larger than measurement error can explain.
    expect(pulse[1].aChange).toEqual({ rci: near(1.136) });
    expect(pulse[2].aChange?.reliable).toBeUndefined();
  });

  it('starts a new line at a new instrument version, measured from that version’s baseline', () => {
    const alex = series('a', 'Alex', [
      taken(0, { INDEX: 30 }, 'FULL', 1),
      taken(14, { INDEX: 35 }, 'FULL', 1),
      taken(28, { INDEX: 60 }, 'FULL', 2),
      taken(42, { INDEX: 62 }, 'FULL', 2),
    ]);
    const data = trends([alex]);
    const rows = scoreRows(data, 'INDEX', 'FULL');
    expect(rows.map((row) => row.aVersion)).toEqual([1, 1, 2, 2]);
    // 60 is version 2's baseline: no mark, although 30 → 60 would be reliable.
    expect(rows[2].aChange).toBeUndefined();
    expect(rows[3].aChange?.reliable).toBeUndefined();
    expect(versionChanges(data, 'INDEX', 'FULL')).toEqual([{ version: 2, t: Date.parse(at(28)) }]);
    expect(prepareTrendData(data, 'INDEX').versions).toEqual([1, 2]);
  });
});

describe('changeMark', () => {
  const base = taken(0, { INDEX: 60 })[0];
  const later = taken(7, { INDEX: 45 })[0];
  const full = reference('INDEX');

  it('flags reliable deterioration', () => {
    expect(changeMark(later, base, full, full, 'INDEX')?.reliable).toBe('worse');
  });

  it('combines two forms’ errors when they differ: S_diff = √(SEM₁² + SEM₂²)', () => {
    const pulse = { sd: 18, reliability: 0.64 };
    // SEM full = 14 · √0.1 = 4.43, SEM pulse = 18 · √0.36 = 10.8: S_diff 11.67, −15 is −1.29.
    const mark = changeMark(later, base, full, pulse, 'INDEX');
    expect(mark).toEqual({ rci: near(-1.285) });
  });

  it('marks nothing without a reference or with one that cannot give reliable change', () => {
    expect(changeMark(later, base, undefined, full, 'INDEX')).toBeUndefined();
    const perfect = { sd: 14, reliability: 1 };
    expect(changeMark(later, base, perfect, perfect, 'INDEX')).toBeUndefined();
  });
});

describe('gapRows', () => {
  it('gives |A − B| of the index and of the selected score for each paired round', () => {
    expect(gapRows(couple(), Dimension.COMMUNICATION, 'FULL')).toEqual([
      { t: Date.parse(at(2)), version: 2, index: 25, metric: 32 },
      { t: Date.parse(at(30)), version: 2, index: 4, metric: 4 },
    ]);
    expect(gapRows(couple(), 'INDEX', 'FULL')[0]).toEqual({
      t: Date.parse(at(2)),
      version: 2,
      index: 25,
    });
    expect(gapRows(couple(), 'INDEX', 'PULSE')).toEqual([]);
  });

  it('is empty with one partner', () => {
    expect(gapRows(trends([couple().series[0]]), 'INDEX', 'FULL')).toEqual([]);
  });
});

describe('profileRows and balanceRows', () => {
  it('takes each partner’s latest score per dimension on the form shown', () => {
    const profile = profileRows(couple(), 'FULL');
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
    expect(profileRows(couple(), 'PULSE')[0]).toMatchObject({ a: undefined, b: undefined });
  });

  it('puts one partner’s index and codependence risk on the same rows', () => {
    expect(balanceRows(couple().series[0], 'FULL')).toEqual([
      { t: T0, version: 2, index: 45, risk: 70 },
      { t: Date.parse(at(14)), version: 2, index: 52, risk: 62 },
      { t: Date.parse(at(28)), version: 2, index: 60, risk: 50 },
    ]);
    expect(balanceRows(couple().series[0], 'PULSE')).toEqual([]);
  });
});

describe('partnerSummary', () => {
  const landmark = (days: number, score: number) => ({
    checkinId: `l${days}`,
    takenAt: at(days),
    score,
  });
  const change = (
    from: ReturnType<typeof landmark>,
    to: ReturnType<typeof landmark>,
    rci: number,
    status: Measured['status'],
  ): Measured => ({
    points: to.score - from.score,
    rci,
    sDiff: 6.26,
    reliable: Math.abs(rci) >= 1.96,
    status,
  });
  const progress = (patch: Partial<Progress>): Progress => ({
    key: 'INDEX',
    form: 'FULL',
    instrumentVersion: 2,
    baseline: null,
    previous: null,
    latest: null,
    sinceBaseline: null,
    sincePrevious: null,
    ...patch,
  });

  it('shows the change since baseline and since previous: a relapse is visible while baseline still reads improved', () => {
    const [first, best, now] = [landmark(0, 45), landmark(28, 70), landmark(42, 58)];
    const alex = series('a', 'Alex Morgan', [], {
      progress: [
        progress({
          baseline: first,
          previous: best,
          latest: now,
          sinceBaseline: change(first, now, 2.08, 'IMPROVED'),
          sincePrevious: change(best, now, -1.98, 'DETERIORATED'),
        }),
      ],
    });
    const summary = partnerSummary(alex, 'INDEX', 'FULL')!;
    expect(summary).toMatchObject({
      displayName: 'Alex Morgan',
      form: 'FULL',
      instrumentVersion: 2,
      latest: { score: 58 },
      sinceBaseline: { from: { score: 45 }, points: 13, better: true, status: 'IMPROVED' },
      sincePrevious: {
        from: { score: 70 },
        to: { score: 58 },
        points: -12,
        better: false,
        status: 'DETERIORATED',
        reliable: true,
      },
    });
  });

  it('is "not measured yet" with one check-in, and null without a score of that form', () => {
    const only = landmark(0, 45);
    const alex = series('a', 'Alex', [], {
      progress: [progress({ baseline: only, latest: only })],
    });
    expect(partnerSummary(alex, 'INDEX', 'FULL')).toMatchObject({
      latest: { score: 45 },
      sinceBaseline: null,
      sincePrevious: null,
    });
    expect(partnerSummary(alex, 'INDEX', 'PULSE')).toBeNull();
    expect(partnerSummary(alex, Dimension.GROWTH, 'FULL')).toBeNull();
  });

  it('counts a fall in codependence risk as better', () => {
    const [first, now] = [landmark(0, 70), landmark(28, 50)];
    const alex = series('a', 'Alex', [], {
      progress: [
        progress({
          key: Dimension.CODEPENDENCE_RISK,
          baseline: first,
          latest: now,
          previous: first,
          sinceBaseline: change(first, now, 2.08, 'IMPROVED'),
          sincePrevious: change(first, now, 2.08, 'IMPROVED'),
        }),
      ],
    });
    expect(partnerSummary(alex, Dimension.CODEPENDENCE_RISK, 'FULL')?.sinceBaseline).toMatchObject({
      points: -20,
      better: true,
    });
  });
});

describe('words for the reference', () => {
  it('says which reliability was used: the clinic’s with n and the Feldt interval, or the default', () => {
    expect(
      reliabilityText(
        reference(Dimension.COMMUNICATION, {
          reliability: 0.8412,
          reliabilitySource: 'CLINIC',
          reliabilityLower: 0.7912,
          reliabilityUpper: 0.8801,
          sampleSize: 120,
        }),
      ),
    ).toBe(
      'the clinic’s own estimate (Cronbach’s α = 0.84, 95 % Feldt interval 0.79–0.88, from 120 clients’ first full check-in)',
    );
    expect(reliabilityText(reference('INDEX', { reliability: 0.9 }))).toBe(
      'the instrument’s provisional default (stratified α = 0.90)',
    );
    const pulse = defaultReference(CHECKIN_INSTRUMENT, CheckinForm.PULSE, Dimension.COMMUNICATION);
    expect(reliabilityText(reference(Dimension.COMMUNICATION, { ...pulse }, 'PULSE'))).toBe(
      `the instrument’s provisional default (Spearman–Brown estimate for one item = ${pulse.reliability.toFixed(2)})`,
    );
  });

  it('names the cut-off used (c) and lists a and b', () => {
    expect(cutoffText(reference('INDEX'))).toBe('cut-off c = 61.4 (used; a = 77, b = 48)');
  });

  it('names the clinical side of the cut-off', () => {
    expect(clinicalRangeLabel(reference('INDEX', { cutoff: 62 }))).toBe(
      'Clinical range (below cut-off c = 62)',
    );
    expect(clinicalRangeLabel(reference(Dimension.CODEPENDENCE_RISK))).toBe(
      'Clinical range (above cut-off c = 45.1)',
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
      instrumentVersion: 2,
      scores: { INDEX: 45, COMMUNICATION: 40, CODEPENDENCE_RISK: 70 },
    });
    expect(rows.map((row) => row.partner[0])).toEqual(['A', 'S', 'A', 'S', 'A', 'S']);
  });

  it('shows a full check-in once, with its full scores; a pulse check-in with its pulse scores', () => {
    const alex = series('a', 'Alex', [
      fullWithPulse(0, { INDEX: 50 }, { INDEX: 55 }),
      taken(7, { INDEX: 75 }, 'PULSE'),
    ]);
    const rows = tableRows(trends([alex]));
    expect(rows.map((row) => [row.form, row.scores.INDEX])).toEqual([
      ['FULL', 50],
      ['PULSE', 75],
    ]);
  });

  it('writes CSV with a header, the instrument version, empty cells for missing scores and CRLF lines', () => {
    const csv = trendsCsv(tableRows(couple()).slice(0, 1));
    expect(csv).toBe(
      'Taken at (UTC),Partner,Form,Instrument version,Same answer to every item,Interdependence index,Communication,Equality,Growth,Commitment,Personal space,Codependence risk\r\n' +
        `${at(0)},Alex Morgan,Full,2,,45,40,,,,,70\r\n`,
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
  it('draws full check-ins by default and says when the chosen form has nothing in the range', () => {
    const data = prepareTrendData(couple(), 'INDEX');
    expect(data.form).toBe('FULL');
    expect(data.reference).toMatchObject({ form: 'FULL', instrumentVersion: 2, key: 'INDEX' });
    expect(data.hasFormPointsInRange).toBe(true);
    const pulse = prepareTrendData(couple(), 'INDEX', 'PULSE');
    expect(pulse.hasPointsInRange).toBe(true);
    expect(pulse.hasFormPointsInRange).toBe(false);
  });

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
