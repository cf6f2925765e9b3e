import {
  DIMENSION_LABELS,
  Dimension,
  FLAG_THRESHOLDS,
  MIN_DAYS_BETWEEN_MEASURES,
  reliableChangeBetween,
  type ChangeReference,
  type ScoreKey,
} from '@tandem/shared';
import type { ChangeStatus, TrendsFieldsFragment } from '../../graphql/generated/graphql';

/**
 * Chart data prepared from the API's trends, as pure functions: what a chart draws is
 * decided here (and unit-tested), the chart components only draw it. A line joins comparable
 * scores only: one form (full check-ins, or pulse) and one instrument version.
 */

export type Trends = TrendsFieldsFragment;
export type Series = Trends['series'][number];
export type Point = Series['points'][number];
export type Reference = Trends['references'][number];
export type Progress = Series['progress'][number];
export type Measured = NonNullable<Progress['sinceBaseline']>;
export type Landmark = NonNullable<Progress['latest']>;
export type Form = Point['form'];
export type Slot = 'a' | 'b';

const DAY_MS = 86_400_000;
/** Two partners' scores this close in time count as the same check-in round. */
export const PAIR_WINDOW_MS = 7 * DAY_MS;
/** Comparable scores this far apart or more are a measured change (the shared 7-day rule). */
export const MEASURED_APART_MS = MIN_DAYS_BETWEEN_MEASURES * DAY_MS;
/** A partner gap at or above this is large: the caseload flag's own threshold. */
export const LARGE_GAP_POINTS = FLAG_THRESHOLDS.partnerGap;

/** The index first, then the six dimensions in the instrument's order. */
export const SCORE_KEYS: readonly ScoreKey[] = ['INDEX', ...Object.values(Dimension)];
/** The dimensions of a profile, codependence risk last. */
export const PROFILE_KEYS: readonly Dimension[] = Object.values(Dimension);

/** The forms a chart can draw, full check-ins first (the default). */
export const FORMS: readonly Form[] = ['FULL', 'PULSE'];
export const FORM_LABELS: Record<Form, string> = { FULL: 'Full', PULSE: 'Pulse' };
/** The form choice above the charts. */
export const FORM_CHOICE_LABELS: Record<Form, string> = {
  FULL: 'Full check-ins',
  PULSE: 'Pulse check-ins',
};

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

const byTime = (x: { takenAt: string }, y: { takenAt: string }) =>
  Date.parse(x.takenAt) - Date.parse(y.takenAt);

/** One partner's points for a key and form (every instrument version), oldest first. */
export function pointsOf(series: Series | undefined, key: ScoreKey, form: Form): Point[] {
  if (!series) return [];
  return series.points.filter((point) => point.key === key && point.form === form).sort(byTime);
}

/** The first score of a comparable series in the episode: what its change is measured from. */
export function baselineOf(
  series: Series | undefined,
  key: ScoreKey,
  form: Form,
  version: number,
): Point | undefined {
  return series?.baselines.find(
    (point) => point.key === key && point.form === form && point.instrumentVersion === version,
  );
}

export function referenceFor(
  trends: Pick<Trends, 'references'>,
  key: ScoreKey,
  form: Form,
  version: number,
): Reference | undefined {
  return trends.references.find(
    (reference) =>
      reference.key === key && reference.form === form && reference.instrumentVersion === version,
  );
}

/** The API's progress of one partner on a key and form (their latest instrument version). */
export function progressOf(
  series: Series | undefined,
  key: ScoreKey,
  form: Form,
): Progress | undefined {
  return series?.progress.find((entry) => entry.key === key && entry.form === form);
}

/** The instrument versions a form's points in the range were answered on, oldest first. */
export function versionsOf(trends: Trends, key: ScoreKey, form: Form): number[] {
  const versions = new Set<number>();
  for (const series of trends.series) {
    for (const point of pointsOf(series, key, form)) versions.add(point.instrumentVersion);
  }
  return [...versions].sort((x, y) => x - y);
}

export interface VersionChange {
  /** The first point on this version, in the range. */
  t: number;
  version: number;
}

/** Where the chart starts a new series because the instrument changed: each later version's first point. */
export function versionChanges(trends: Trends, key: ScoreKey, form: Form): VersionChange[] {
  const versions = versionsOf(trends, key, form);
  return versions.slice(1).map((version) => ({
    version,
    t: Math.min(
      ...trends.series.flatMap((series) =>
        pointsOf(series, key, form)
          .filter((point) => point.instrumentVersion === version)
          .map((point) => Date.parse(point.takenAt)),
      ),
    ),
  }));
}

export interface Pair {
  a: Point;
  b: Point;
  /** When the later of the two was taken: from then on both scores of the round exist. */
  t: number;
}

/**
 * Pairs each partner's points with the other's taken within the same week (less than seven
 * days apart) on the same instrument version: the closest pairs first, each point at most
 * once. A point without a partner within the week stays unpaired: no mean and no gap is drawn
 * for it. Oldest pair first. Callers pass one form's points.
 */
export function pairWithinWeek(aPoints: Point[], bPoints: Point[]): Pair[] {
  const aTimes = aPoints.map((point) => Date.parse(point.takenAt));
  const bTimes = bPoints.map((point) => Date.parse(point.takenAt));
  const candidates: Array<{ i: number; j: number; distance: number }> = [];
  aTimes.forEach((ta, i) => {
    bTimes.forEach((tb, j) => {
      const distance = Math.abs(ta - tb);
      const comparable = aPoints[i].instrumentVersion === bPoints[j].instrumentVersion;
      if (comparable && distance < PAIR_WINDOW_MS) candidates.push({ i, j, distance });
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
 * Change from a partner's baseline to one of their points (Jacobson–Truax, S_diff =
 * √(SEM₁² + SEM₂²): each score read against its own form's reference, which is √2·SEM when both
 * are the same form). None for the baseline itself, for a point less than 7 days after it (not
 * measured yet), or without a usable reference.
 */
export function changeMark(
  point: Point,
  baseline: Point | undefined,
  fromReference: ChangeReference | undefined,
  toReference: ChangeReference | undefined,
  key: ScoreKey,
): ChangeMark | undefined {
  if (!baseline || !fromReference || !toReference || baseline.checkinId === point.checkinId) {
    return undefined;
  }
  if (Date.parse(point.takenAt) - Date.parse(baseline.takenAt) < MEASURED_APART_MS) {
    return undefined;
  }
  try {
    const change = reliableChangeBetween(
      baseline.score,
      fromReference,
      point.score,
      toReference,
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
  /** The instrument version of a's and b's score: each version is a line of its own. */
  aVersion?: number;
  bVersion?: number;
  /** The couple's mean, where both partners have a comparable score within the same week. */
  mean?: number;
  meanVersion?: number;
  aChange?: ChangeMark;
  bChange?: ChangeMark;
}

/**
 * Rows of a score chart for one key and form: a row per check-in time, with partner A's and
 * B's score (each at the time it was taken) and its version, the reliable-change mark of each
 * point against that partner's baseline of the same form and version, and the couple mean on
 * the row where a round became complete.
 */
export function scoreRows(trends: Trends, key: ScoreKey, form: Form): ScoreRow[] {
  const [seriesA, seriesB] = trends.series;
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
    for (const point of pointsOf(series, key, form)) {
      const version = point.instrumentVersion;
      const row = rowAt(Date.parse(point.takenAt));
      row[slot] = point.score;
      row[slot === 'a' ? 'aVersion' : 'bVersion'] = version;
      const reference = referenceFor(trends, key, form, version);
      const mark = changeMark(
        point,
        baselineOf(series, key, form, version),
        reference,
        reference,
        key,
      );
      if (mark) row[slot === 'a' ? 'aChange' : 'bChange'] = mark;
    }
  }
  if (seriesA && seriesB) {
    for (const pair of pairWithinWeek(pointsOf(seriesA, key, form), pointsOf(seriesB, key, form))) {
      const row = rowAt(pair.t);
      row.mean = round1((pair.a.score + pair.b.score) / 2);
      row.meanVersion = pair.a.instrumentVersion;
    }
  }
  return [...rows.values()].sort((x, y) => x.t - y.t);
}

export interface GapRow {
  t: number;
  version: number;
  /** |A − B| of the index. */
  index?: number;
  /** |A − B| of the selected score, when it is not the index. */
  metric?: number;
}

/** The partner gap over time: |A − B| for each round both answered within the same week, on one form. */
export function gapRows(trends: Trends, key: ScoreKey, form: Form): GapRow[] {
  const [seriesA, seriesB] = trends.series;
  if (!seriesA || !seriesB) return [];
  const rows = new Map<string, GapRow>();
  const add = (scoreKey: ScoreKey, field: 'index' | 'metric') => {
    const pairs = pairWithinWeek(
      pointsOf(seriesA, scoreKey, form),
      pointsOf(seriesB, scoreKey, form),
    );
    for (const pair of pairs) {
      const version = pair.a.instrumentVersion;
      const id = `${pair.t}:${version}`;
      const row = rows.get(id) ?? { t: pair.t, version };
      row[field] = round1(Math.abs(pair.a.score - pair.b.score));
      rows.set(id, row);
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

/** Each partner's latest score per dimension on one form (in the range), for a grouped bar chart. */
export function profileRows(trends: Trends, form: Form): ProfileRow[] {
  const [seriesA, seriesB] = trends.series;
  return PROFILE_KEYS.map((key) => ({
    key,
    label: DIMENSION_LABELS[key],
    a: pointsOf(seriesA, key, form).at(-1)?.score,
    b: pointsOf(seriesB, key, form).at(-1)?.score,
  }));
}

export interface BalanceRow {
  t: number;
  version: number;
  index?: number;
  risk?: number;
}

/** One partner's interdependence index and codependence risk over time on one form, on one chart. */
export function balanceRows(series: Series | undefined, form: Form): BalanceRow[] {
  const rows = new Map<string, BalanceRow>();
  for (const point of series?.points ?? []) {
    if (point.form !== form) continue;
    if (point.key !== 'INDEX' && point.key !== 'CODEPENDENCE_RISK') continue;
    const t = Date.parse(point.takenAt);
    const id = `${t}:${point.instrumentVersion}`;
    const row = rows.get(id) ?? { t, version: point.instrumentVersion };
    if (point.key === 'INDEX') row.index = point.score;
    else row.risk = point.score;
    rows.set(id, row);
  }
  return [...rows.values()].sort((x, y) => x.t - y.t);
}

/** A measured change, in the words of the summary. */
export interface ChangeSummary {
  from: Landmark;
  to: Landmark;
  /** to − from, in points. */
  points: number;
  /** Whether the change is in the better direction for this score (null for none). */
  better: boolean | null;
  status: ChangeStatus;
  rci: number;
  reliable: boolean;
}

export interface PartnerSummary {
  clientId: string;
  displayName: string;
  key: ScoreKey;
  form: Form;
  instrumentVersion: number;
  latest: Landmark;
  /** The latest check-in gave the same answer to every scored item (known when it is in the range). */
  latestStraightLined: boolean;
  baseline: Landmark | null;
  previous: Landmark | null;
  /** Null until two comparable check-ins at least 7 days apart exist: "not measured yet". */
  sinceBaseline: ChangeSummary | null;
  sincePrevious: ChangeSummary | null;
}

function changeSummary(
  change: Measured | null | undefined,
  from: Landmark | null | undefined,
  to: Landmark | null | undefined,
  key: ScoreKey,
): ChangeSummary | null {
  if (!change || !from || !to) return null;
  const better = change.points === 0 ? null : change.points > 0 === (key !== 'CODEPENDENCE_RISK');
  return {
    from,
    to,
    points: change.points,
    better,
    status: change.status,
    rci: change.rci,
    reliable: change.reliable,
  };
}

/**
 * Where one partner stands on a score and form in the episode of care, whatever the range:
 * the API's progress (the caseload's numbers) — latest score, and the change since the baseline
 * and since the previous check-in (the last at least 7 days before the latest), each with its
 * Jacobson–Truax status. Null when they have no score of that form.
 */
export function partnerSummary(series: Series, key: ScoreKey, form: Form): PartnerSummary | null {
  const progress = progressOf(series, key, form);
  if (!progress?.latest) return null;
  return {
    clientId: series.clientId,
    displayName: series.displayName,
    key,
    form,
    instrumentVersion: progress.instrumentVersion,
    latest: progress.latest,
    latestStraightLined: series.points.some(
      (point) => point.checkinId === progress.latest!.checkinId && point.straightLined,
    ),
    baseline: progress.baseline ?? null,
    previous: progress.previous ?? null,
    // A change runs from the baseline (or the previous check-in) to the latest.
    sinceBaseline: changeSummary(progress.sinceBaseline, progress.baseline, progress.latest, key),
    sincePrevious: changeSummary(progress.sincePrevious, progress.previous, progress.latest, key),
  };
}

/** The kind of reliability a reference gives, by form and key. */
export function reliabilityKind(reference: Pick<Reference, 'form' | 'key'>): string {
  if (reference.key === 'INDEX') {
    return reference.form === 'PULSE' ? 'stratified α of the five pulse items' : 'stratified α';
  }
  return reference.form === 'PULSE' ? 'Spearman–Brown estimate for one item' : 'Cronbach’s α';
}

const twoDecimals = (value: number) => value.toFixed(2);

/**
 * "the clinic's own estimate (Cronbach's α = 0.84, 95 % Feldt interval 0.79–0.88, from 120
 * clients' first full check-in)" or "the instrument's provisional default (Cronbach's α = 0.82)".
 */
export function reliabilityText(
  reference: Pick<
    Reference,
    | 'form'
    | 'key'
    | 'reliability'
    | 'reliabilitySource'
    | 'reliabilityLower'
    | 'reliabilityUpper'
    | 'sampleSize'
  >,
): string {
  const value = `${reliabilityKind(reference)} = ${twoDecimals(reference.reliability)}`;
  if (reference.reliabilitySource === 'CLINIC') {
    const interval =
      reference.reliabilityLower != null && reference.reliabilityUpper != null
        ? `, 95 % Feldt interval ${twoDecimals(reference.reliabilityLower)}–${twoDecimals(reference.reliabilityUpper)}`
        : '';
    return `the clinic’s own estimate (${value}${interval}, from ${reference.sampleSize} clients’ first full check-in)`;
  }
  return `the instrument’s provisional default (${value})`;
}

/** "cut-off c = 61.4 (used; a = 77, b = 48)": which Jacobson–Truax cut-off is used, and the others. */
export function cutoffText(
  reference: Pick<Reference, 'cutoffA' | 'cutoffB' | 'cutoffC' | 'cutoffUsed'>,
): string {
  const values: Record<string, number> = {
    a: reference.cutoffA,
    b: reference.cutoffB,
    c: reference.cutoffC,
  };
  const used = reference.cutoffUsed;
  const others = ['a', 'b', 'c']
    .filter((name) => name !== used)
    .map((name) => `${name} = ${formatScore(values[name])}`)
    .join(', ');
  return `cut-off ${used} = ${formatScore(values[used])} (used; ${others})`;
}

/** "Clinical range (below cut-off c 61.4)", or above it for codependence risk. */
export function clinicalRangeLabel(
  reference: Pick<Reference, 'cutoff' | 'cutoffUsed' | 'higherIsBetter'>,
) {
  const side = reference.higherIsBetter ? 'below' : 'above';
  return `Clinical range (${side} cut-off ${reference.cutoffUsed} = ${formatScore(reference.cutoff)})`;
}

export interface TableRow {
  t: number;
  takenAt: string;
  clientId: string;
  partner: string;
  /** The form the check-in was taken on; its scores are those computed from that form. */
  form: Form;
  instrumentVersion: number;
  /** The same answer to every scored item: its scores say little. */
  straightLined: boolean;
  scores: Partial<Record<ScoreKey, number>>;
}

/**
 * Every check-in in the range, one row per partner and check-in, oldest first. A full
 * check-in's pulse-item scores (stored so a pulse series has a baseline) are not a check-in
 * of their own: its row shows the full form's scores.
 */
export function tableRows(trends: Trends): TableRow[] {
  const rows = new Map<string, TableRow>();
  for (const series of trends.series) {
    const full = new Set(
      series.points.filter((point) => point.form === 'FULL').map((point) => point.checkinId),
    );
    for (const point of series.points) {
      const taken: Form = full.has(point.checkinId) ? 'FULL' : 'PULSE';
      if (point.form !== taken) continue;
      const id = `${series.clientId}:${point.checkinId}`;
      const row = rows.get(id) ?? {
        t: Date.parse(point.takenAt),
        takenAt: point.takenAt,
        clientId: series.clientId,
        partner: series.displayName,
        form: taken,
        instrumentVersion: point.instrumentVersion,
        straightLined: point.straightLined,
        scores: {},
      };
      row.scores[point.key] = point.score;
      rows.set(id, row);
    }
  }
  return [...rows.values()].sort((x, y) => x.t - y.t || x.partner.localeCompare(y.partner));
}

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
  const header = [
    'Taken at (UTC)',
    'Partner',
    'Form',
    'Instrument version',
    'Same answer to every item',
    ...SCORE_KEYS.map(scoreLabel),
  ];
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.takenAt,
        row.partner,
        FORM_LABELS[row.form],
        row.instrumentVersion,
        row.straightLined ? 'yes' : '',
        ...SCORE_KEYS.map((key) => row.scores[key]),
      ]
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
  /** The form the charts draw (full check-ins by default). */
  form: Form;
  partners: Array<{ slot: Slot; clientId: string; displayName: string }>;
  /** The reference of the latest instrument version drawn (cut-off band, words). */
  reference?: Reference;
  /** Instrument versions drawn, oldest first: one line per partner and version. */
  versions: number[];
  versionChanges: VersionChange[];
  episode: Trends['episode'];
  rows: ScoreRow[];
  gaps: GapRow[];
  profile: ProfileRow[];
  balance: Array<{ slot: Slot; displayName: string; rows: BalanceRow[] }>;
  summaries: Array<{ slot: Slot; summary: PartnerSummary | null; displayName: string }>;
  events: DayEvents[];
  table: TableRow[];
  domain: [number, number] | null;
  ticks: number[];
  /** Some check-in was ever taken in the episode (a baseline exists), in this range or not. */
  hasAnyCheckin: boolean;
  /** Some score lies in the range asked for (any form). */
  hasPointsInRange: boolean;
  /** Some score of the chosen form lies in the range. */
  hasFormPointsInRange: boolean;
}

/** Everything the trend charts, summary and table need for one selected score and form. */
export function prepareTrendData(trends: Trends, key: ScoreKey, form: Form = 'FULL'): TrendData {
  const series = trends.series.slice(0, 2);
  const slots: Slot[] = ['a', 'b'];
  const rows = scoreRows(trends, key, form);
  const table = tableRows(trends);
  const versions = versionsOf(trends, key, form);
  const latestVersion =
    versions.at(-1) ??
    Math.max(0, ...trends.series.flatMap((s) => s.progress.map((p) => p.instrumentVersion)));
  const reference = referenceFor(trends, key, form, latestVersion);
  const times = table.map((row) => row.t);
  const domain = timeDomain(times);
  const events = domain
    ? eventDays(trends.events).filter((day) => day.t >= domain[0] && day.t <= domain[1])
    : [];
  return {
    key,
    form,
    partners: series.map((s, index) => ({
      slot: slots[index],
      clientId: s.clientId,
      displayName: s.displayName,
    })),
    reference,
    versions,
    versionChanges: versionChanges(trends, key, form),
    episode: trends.episode,
    rows,
    gaps: gapRows(trends, key, form),
    profile: profileRows(trends, form),
    balance: series.map((s, index) => ({
      slot: slots[index],
      displayName: s.displayName,
      rows: balanceRows(s, form),
    })),
    summaries: series.map((s, index) => ({
      slot: slots[index],
      displayName: s.displayName,
      summary: partnerSummary(s, key, form),
    })),
    events,
    table,
    domain,
    ticks: domain ? timeTicks(domain) : [],
    hasAnyCheckin: trends.series.some((s) => s.baselines.length > 0 || s.points.length > 0),
    hasPointsInRange: times.length > 0,
    hasFormPointsInRange: rows.length > 0,
  };
}

/** The same trends with one person's series first (the signed-in client's own, as "a"). */
export function withSeriesFirst(trends: Trends, clientId: string): Trends {
  const own = trends.series.filter((s) => s.clientId === clientId);
  const others = trends.series.filter((s) => s.clientId !== clientId);
  return { ...trends, series: [...own, ...others] };
}
