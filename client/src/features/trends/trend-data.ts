import {
  CHECKIN_INSTRUMENT,
  changeStatus,
  ChangeStatus,
  Dimension,
  DIMENSION_LABELS,
  FLAG_THRESHOLDS,
  reliableChange,
  type ScoreKey,
} from '@tandem/shared';
import type { TrendsFieldsFragment } from '../../graphql/generated/graphql';

/**
 * Chart data prepared from the API's trends, as pure functions: what a chart draws is
 * decided here (and unit-tested), the chart components only draw it.
 */

export type Trends = TrendsFieldsFragment;
export type Series = Trends['series'][number];
export type Point = Series['points'][number];
export type Reference = Trends['references'][number];
export type Slot = 'a' | 'b';

const DAY_MS = 86_400_000;
/** Two partners' scores this close in time count as the same check-in round. */
export const PAIR_WINDOW_MS = 7 * DAY_MS;
/** A partner gap at or above this is large: the caseload flag's own threshold. */
export const LARGE_GAP_POINTS = FLAG_THRESHOLDS.partnerGap;

/** The index first, then the six dimensions in the instrument's order. */
export const SCORE_KEYS: readonly ScoreKey[] = ['INDEX', ...Object.values(Dimension)];
/** The dimensions of a profile, codependence risk last. */
export const PROFILE_KEYS: readonly Dimension[] = Object.values(Dimension);

export function scoreLabel(key: ScoreKey): string {
  return key === 'INDEX' ? 'Interdependence index' : DIMENSION_LABELS[key];
}

const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
/** 61.4, 60 (scores are stored to one decimal). */
export function formatScore(value: number): string {
  return oneDecimal.format(value);
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** One partner's points for a key, oldest first. */
export function pointsOf(series: Series | undefined, key: ScoreKey): Point[] {
  if (!series) return [];
  return series.points
    .filter((point) => point.key === key)
    .sort((x, y) => Date.parse(x.takenAt) - Date.parse(y.takenAt));
}

export function baselineOf(series: Series | undefined, key: ScoreKey): Point | undefined {
  return series?.baselines.find((point) => point.key === key);
}

export function referenceFor(trends: Pick<Trends, 'references'>, key: ScoreKey) {
  return trends.references.find((reference) => reference.key === key);
}

export interface Pair {
  a: Point;
  b: Point;
  /** When the later of the two was taken: from then on both scores of the round exist. */
  t: number;
}

/**
 * Pairs each partner's points with the other's taken within the same week (less than seven
 * days apart): the closest pairs first, each point at most once. A point without a partner
 * within the week stays unpaired: no mean and no gap is drawn for it. Oldest pair first.
 */
export function pairWithinWeek(aPoints: Point[], bPoints: Point[]): Pair[] {
  const aTimes = aPoints.map((point) => Date.parse(point.takenAt));
  const bTimes = bPoints.map((point) => Date.parse(point.takenAt));
  const candidates: Array<{ i: number; j: number; distance: number }> = [];
  aTimes.forEach((ta, i) => {
    bTimes.forEach((tb, j) => {
      const distance = Math.abs(ta - tb);
      if (distance < PAIR_WINDOW_MS) candidates.push({ i, j, distance });
    });
  });
  candidates.sort((x, y) => x.distance - y.distance || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: Pair[] = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push({ a: aPoints[i], b: bPoints[j], t: Math.max(aTimes[i], bTimes[j]) });
  }
  return pairs.sort((x, y) => x.t - y.t);
}

export type ReliableDirection = 'better' | 'worse';

export interface ChangeMark {
  rci: number;
  /** Set when |RCI| ≥ 1.96: better or worse, whatever the direction of the scale. */
  reliable?: ReliableDirection;
}

/**
 * Change from a partner's baseline to one of their points, with the reference's SD and
 * reliability (Jacobson–Truax). None for the baseline itself or without a reference.
 */
export function changeMark(
  point: Point,
  baseline: Point | undefined,
  reference: Pick<Reference, 'sd' | 'reliability'> | undefined,
  key: ScoreKey,
): ChangeMark | undefined {
  if (!baseline || !reference || baseline.checkinId === point.checkinId) return undefined;
  try {
    const change = reliableChange(
      baseline.score,
      point.score,
      reference.sd,
      reference.reliability,
      key,
    );
    return {
      rci: change.rci,
      reliable: change.reliable ? (change.rci > 0 ? 'better' : 'worse') : undefined,
    };
  } catch {
    // A reference that cannot give a reliable change (SD 0, reliability 1) marks nothing.
    return undefined;
  }
}

/** One check-in date on the time axis of a score chart. */
export interface ScoreRow {
  /** Milliseconds since the epoch: the axis is numeric time. */
  t: number;
  a?: number;
  b?: number;
  /** The couple's mean, where both partners have a score within the same week. */
  mean?: number;
  aChange?: ChangeMark;
  bChange?: ChangeMark;
}

/**
 * Rows of a score chart for one key: a row per check-in time, with partner A's and B's
 * score (each at the time it was taken), the reliable-change mark of each point against
 * that partner's baseline, and the couple mean on the row where a round became complete.
 */
export function scoreRows(trends: Trends, key: ScoreKey): ScoreRow[] {
  const [seriesA, seriesB] = trends.series;
  const reference = referenceFor(trends, key);
  const rows = new Map<number, ScoreRow>();
  const rowAt = (t: number) => {
    let row = rows.get(t);
    if (!row) {
      row = { t };
      rows.set(t, row);
    }
    return row;
  };
  const slots: Array<[Slot, Series | undefined]> = [
    ['a', seriesA],
    ['b', seriesB],
  ];
  for (const [slot, series] of slots) {
    const baseline = baselineOf(series, key);
    for (const point of pointsOf(series, key)) {
      const row = rowAt(Date.parse(point.takenAt));
      row[slot] = point.score;
      const mark = changeMark(point, baseline, reference, key);
      if (mark) row[slot === 'a' ? 'aChange' : 'bChange'] = mark;
    }
  }
  if (seriesA && seriesB) {
    for (const pair of pairWithinWeek(pointsOf(seriesA, key), pointsOf(seriesB, key))) {
      rowAt(pair.t).mean = round1((pair.a.score + pair.b.score) / 2);
    }
  }
  return [...rows.values()].sort((x, y) => x.t - y.t);
}

export interface GapRow {
  t: number;
  /** |A − B| of the index. */
  index?: number;
  /** |A − B| of the selected score, when it is not the index. */
  metric?: number;
}

/** The partner gap over time: |A − B| for each round both answered within the same week. */
export function gapRows(trends: Trends, key: ScoreKey): GapRow[] {
  const [seriesA, seriesB] = trends.series;
  if (!seriesA || !seriesB) return [];
  const rows = new Map<number, GapRow>();
  const add = (scoreKey: ScoreKey, field: 'index' | 'metric') => {
    for (const pair of pairWithinWeek(pointsOf(seriesA, scoreKey), pointsOf(seriesB, scoreKey))) {
      const row = rows.get(pair.t) ?? { t: pair.t };
      row[field] = round1(Math.abs(pair.a.score - pair.b.score));
      rows.set(pair.t, row);
    }
  };
  add('INDEX', 'index');
  if (key !== 'INDEX') add(key, 'metric');
  return [...rows.values()].sort((x, y) => x.t - y.t);
}

export interface ProfileRow {
  key: Dimension;
  label: string;
  a?: number;
  b?: number;
}

/** Each partner's latest score per dimension (in the range), for a grouped bar chart. */
export function profileRows(trends: Trends): ProfileRow[] {
  const [seriesA, seriesB] = trends.series;
  return PROFILE_KEYS.map((key) => ({
    key,
    label: DIMENSION_LABELS[key],
    a: pointsOf(seriesA, key).at(-1)?.score,
    b: pointsOf(seriesB, key).at(-1)?.score,
  }));
}

export interface BalanceRow {
  t: number;
  index?: number;
  risk?: number;
}

/** One partner's interdependence index and codependence risk over time, on one chart. */
export function balanceRows(series: Series | undefined): BalanceRow[] {
  const rows = new Map<number, BalanceRow>();
  for (const point of series?.points ?? []) {
    if (point.key !== 'INDEX' && point.key !== 'CODEPENDENCE_RISK') continue;
    const t = Date.parse(point.takenAt);
    const row = rows.get(t) ?? { t };
    if (point.key === 'INDEX') row.index = point.score;
    else row.risk = point.score;
    rows.set(t, row);
  }
  return [...rows.values()].sort((x, y) => x.t - y.t);
}

export interface PartnerSummary {
  clientId: string;
  displayName: string;
  key: ScoreKey;
  latest: Point;
  baseline?: Point;
  /** latest − baseline, in points (null when the latest is the baseline). */
  delta: number | null;
  /** Whether the change since the baseline is in the better direction for this score. */
  better: boolean | null;
  status?: ChangeStatus;
  rci?: number;
}

/**
 * Where one partner stands on a score: the latest value in the range, the change since their
 * first-ever check-in, and the Jacobson–Truax status (shared changeStatus, with the instrument's
 * norms and the reliability the API reports). Null when they have no score in the range.
 */
export function partnerSummary(
  series: Series,
  key: ScoreKey,
  reference: Pick<Reference, 'reliability'> | undefined,
): PartnerSummary | null {
  const latest = pointsOf(series, key).at(-1);
  if (!latest) return null;
  const baseline = baselineOf(series, key);
  const base = {
    clientId: series.clientId,
    displayName: series.displayName,
    key,
    latest,
    baseline,
  };
  if (!baseline || baseline.checkinId === latest.checkinId) {
    return { ...base, delta: null, better: null };
  }
  const delta = round1(latest.score - baseline.score);
  const better = delta === 0 ? null : delta > 0 === (key !== 'CODEPENDENCE_RISK');
  try {
    const { status, change } = changeStatus({
      baseline: baseline.score,
      latest: latest.score,
      key,
      norm: CHECKIN_INSTRUMENT.norms[key],
      reliability: reference?.reliability,
    });
    return { ...base, delta, better, status, rci: change.rci };
  } catch {
    return { ...base, delta, better };
  }
}

export const STATUS_LABELS: Record<ChangeStatus, string> = {
  RECOVERED: 'Recovered',
  IMPROVED: 'Improved',
  UNCHANGED: 'Unchanged',
  DETERIORATED: 'Deteriorated',
};

/** What each status means, for a counselor reading the summary. */
export const STATUS_EXPLANATIONS: Record<ChangeStatus, string> = {
  RECOVERED: 'reliable improvement that crossed from the clinical range past the cut-off',
  IMPROVED: 'reliable improvement, larger than measurement noise',
  UNCHANGED: 'no reliable change: within measurement noise',
  DETERIORATED: 'reliable change for the worse',
};

/** "clinic estimate α = 0.84 from 45 responses" or "provisional default α = 0.82". */
export function reliabilityText(
  reference: Pick<Reference, 'reliability' | 'reliabilitySource' | 'responses'>,
): string {
  const alpha = reference.reliability.toFixed(2);
  return reference.reliabilitySource === 'CLINIC'
    ? `clinic estimate α = ${alpha} from ${reference.responses} responses`
    : `provisional default α = ${alpha}`;
}

/** "Clinical range (below cut-off 61.4)", or above it for codependence risk. */
export function clinicalRangeLabel(reference: Pick<Reference, 'cutoff' | 'higherIsBetter'>) {
  const side = reference.higherIsBetter ? 'below' : 'above';
  return `Clinical range (${side} cut-off ${formatScore(reference.cutoff)})`;
}

export interface TableRow {
  t: number;
  takenAt: string;
  clientId: string;
  partner: string;
  form: Point['form'];
  scores: Partial<Record<ScoreKey, number>>;
}

/** Every check-in in the range, one row per partner and check-in, oldest first. */
export function tableRows(trends: Trends): TableRow[] {
  const rows = new Map<string, TableRow>();
  for (const series of trends.series) {
    for (const point of series.points) {
      const id = `${series.clientId}:${point.checkinId}`;
      const row = rows.get(id) ?? {
        t: Date.parse(point.takenAt),
        takenAt: point.takenAt,
        clientId: series.clientId,
        partner: series.displayName,
        form: point.form,
        scores: {},
      };
      row.scores[point.key] = point.score;
      rows.set(id, row);
    }
  }
  return [...rows.values()].sort((x, y) => x.t - y.t || x.partner.localeCompare(y.partner));
}

export const FORM_LABELS: Record<Point['form'], string> = { FULL: 'Full', PULSE: 'Pulse' };

/**
 * One CSV field: quoted when it holds a comma, quote or line break, and with a leading
 * apostrophe when a spreadsheet would read it as a formula (=, +, -, @, tab, return).
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The table as CSV (RFC 4180, CRLF), one row per partner and check-in. */
export function trendsCsv(rows: TableRow[]): string {
  const header = ['Taken at (UTC)', 'Partner', 'Form', ...SCORE_KEYS.map(scoreLabel)];
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) {
    lines.push(
      [row.takenAt, row.partner, FORM_LABELS[row.form], ...SCORE_KEYS.map((key) => row.scores[key])]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export interface DayEvents {
  /** Local midnight of the day. */
  t: number;
  titles: string[];
}

/** Exercise submissions grouped by day, so a busy day is one line on the time axis. */
export function eventDays(events: Trends['events']): DayEvents[] {
  const days = new Map<number, DayEvents>();
  for (const event of events) {
    const at = new Date(event.at);
    const t = new Date(at.getFullYear(), at.getMonth(), at.getDate()).getTime();
    const day = days.get(t) ?? { t, titles: [] };
    if (!day.titles.includes(event.title)) day.titles.push(event.title);
    days.set(t, day);
  }
  return [...days.values()].sort((x, y) => x.t - y.t);
}

/** The time axis: from the first to the last point, padded so end dots are not clipped. */
export function timeDomain(times: number[]): [number, number] | null {
  if (times.length === 0) return null;
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = max === min ? 7 * DAY_MS : Math.max(DAY_MS, (max - min) * 0.03);
  return [min - pad, max + pad];
}

/**
 * Tick positions for a time axis, at most about eight: each week (local midnight) for short
 * spans, else the first of every 1, 2, 3 or 6 months.
 */
export function timeTicks([min, max]: [number, number]): number[] {
  const span = max - min;
  const ticks: number[] = [];
  if (span <= 8 * 7 * DAY_MS) {
    const stepDays = span <= 8 * DAY_MS ? 1 : 7;
    const start = new Date(min);
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
    for (let d = day; d.getTime() <= max; d = addDays(d, stepDays)) ticks.push(d.getTime());
    return ticks;
  }
  const months = span / (30.4 * DAY_MS);
  const step = [1, 2, 3, 6, 12].find((candidate) => months / candidate <= 8) ?? 12;
  const start = new Date(min);
  let month = new Date(start.getFullYear(), start.getMonth() + 1, 1);
  // Align to the step so the ticks fall on familiar months (Jan, Apr, Jul, Oct for 3).
  while (month.getMonth() % step !== 0) month = new Date(month.getFullYear(), month.getMonth() + 1);
  for (; month.getTime() <= max; month = new Date(month.getFullYear(), month.getMonth() + step)) {
    ticks.push(month.getTime());
  }
  return ticks;
}

const monthOnly = new Intl.DateTimeFormat(undefined, { month: 'short' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/**
 * Labels for the ticks of `timeTicks`: the day and month over weeks; over months the month,
 * with its year on the first tick and on each January. Short labels keep every tick on a
 * phone-wide chart (Recharts drops ticks whose labels would touch).
 */
export function timeTickLabel(ticks: number[]): (tick: number) => string {
  const monthly = ticks.length > 1 && ticks.every((t) => new Date(t).getDate() === 1);
  if (!monthly) return (tick) => dayMonth.format(tick);
  return (tick) =>
    tick === ticks[0] || new Date(tick).getMonth() === 0
      ? monthYear.format(tick)
      : monthOnly.format(tick);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export type QuickRange = '3m' | '6m' | '12m' | 'all';

/** `YYYY-MM-DD` of a local date, for a date input. */
export function dateInputValue(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 10);
}

/** The from/to date inputs of a quick range ending today ("all" leaves both open). */
export function quickRange(range: QuickRange, now = new Date()): { from: string; to: string } {
  if (range === 'all') return { from: '', to: '' };
  const months = { '3m': 3, '6m': 6, '12m': 12 }[range];
  const from = new Date(now.getFullYear(), now.getMonth() - months, now.getDate());
  return { from: dateInputValue(from), to: dateInputValue(now) };
}

/** The API's range: from the start of the first day to the end of the last (local time). */
export function rangeVariables(
  from: string,
  to: string,
): { from: string | null; to: string | null } {
  return {
    from: from ? new Date(`${from}T00:00:00`).toISOString() : null,
    to: to ? new Date(`${to}T23:59:59.999`).toISOString() : null,
  };
}

export interface TrendData {
  key: ScoreKey;
  partners: Array<{ slot: Slot; clientId: string; displayName: string }>;
  reference?: Reference;
  rows: ScoreRow[];
  gaps: GapRow[];
  profile: ProfileRow[];
  balance: Array<{ slot: Slot; displayName: string; rows: BalanceRow[] }>;
  summaries: Array<{ slot: Slot; summary: PartnerSummary | null; displayName: string }>;
  events: DayEvents[];
  table: TableRow[];
  domain: [number, number] | null;
  ticks: number[];
  /** Some check-in was ever taken (a baseline exists), in this range or not. */
  hasAnyCheckin: boolean;
  /** Some score lies in the range asked for. */
  hasPointsInRange: boolean;
}

/** Everything the trend charts, summary and table need for one selected score. */
export function prepareTrendData(trends: Trends, key: ScoreKey): TrendData {
  const series = trends.series.slice(0, 2);
  const slots: Slot[] = ['a', 'b'];
  const rows = scoreRows(trends, key);
  const table = tableRows(trends);
  const reference = referenceFor(trends, key);
  const times = table.map((row) => row.t);
  const domain = timeDomain(times);
  const events = domain
    ? eventDays(trends.events).filter((day) => day.t >= domain[0] && day.t <= domain[1])
    : [];
  return {
    key,
    partners: series.map((s, index) => ({
      slot: slots[index],
      clientId: s.clientId,
      displayName: s.displayName,
    })),
    reference,
    rows,
    gaps: gapRows(trends, key),
    profile: profileRows(trends),
    balance: series.map((s, index) => ({
      slot: slots[index],
      displayName: s.displayName,
      rows: balanceRows(s),
    })),
    summaries: series.map((s, index) => ({
      slot: slots[index],
      displayName: s.displayName,
      summary: partnerSummary(s, key, reference),
    })),
    events,
    table,
    domain,
    ticks: domain ? timeTicks(domain) : [],
    hasAnyCheckin: trends.series.some((s) => s.baselines.length > 0 || s.points.length > 0),
    hasPointsInRange: times.length > 0,
  };
}

/** The same trends with one person's series first (the signed-in client's own, as "a"). */
export function withSeriesFirst(trends: Trends, clientId: string): Trends {
  const own = trends.series.filter((s) => s.clientId === clientId);
  const others = trends.series.filter((s) => s.clientId !== clientId);
  return { ...trends, series: [...own, ...others] };
}
