import { Injectable } from '@nestjs/common';
import {
  Dimension,
  instrumentVersion,
  landmarksOf,
  type ScoredPoint,
  type ScoreKey,
  seriesProgress,
} from '@tandem/shared';
import { AccessPolicy } from '../access/access-policy';
import { Sql } from '../database/sql';
import { CheckinFormKind } from './checkin-schedule.entity';
import { ScorePointModel, ScoreSeriesModel, TrendsModel } from './models/checkin.models';
import type { SeriesProgressModel } from './models/progress.models';
import { type ReferenceBook, ReliabilityService } from './reliability.service';
import { shownChange } from './shown-change';
import { trendEpisode, trendEvents, trendPeople, trendPoints } from './trends.queries';

type PointRow = ScorePointModel & {
  clientId: string;
  baseline: boolean;
  latest: boolean;
  previous: boolean;
  inRange: boolean;
};

/** Forms in the order a partner's progress lists them: the full form first. */
const FORM_ORDER: readonly string[] = [CheckinFormKind.FULL, CheckinFormKind.PULSE];
/** The index first, then the dimensions in the instrument's order. */
const KEY_ORDER: readonly string[] = ['INDEX', ...Object.values(Dimension)];

/**
 * A couple's scores over time in its current episode of care, set-based: one statement for the
 * points in the range plus each comparable series' landmarks (baseline, previous, latest), one
 * for the exercise events, one for the episode, and the clinic's references (cached) —
 * whatever the number of check-ins. Each partner's progress is worked out with the shared rules
 * and the same references as the caseload, so both show the same numbers.
 */
@Injectable()
export class TrendsService {
  constructor(
    private readonly sql: Sql,
    private readonly policy: AccessPolicy,
    private readonly reliability: ReliabilityService,
  ) {}

  /** For the care team: both partners. */
  async ofCouple(coupleId: string, from: Date | null, to: Date | null): Promise<TrendsModel> {
    const scope = await this.policy.couple(coupleId, 'trends.read');
    return this.load(coupleId, scope.clientIds, from, to);
  }

  /** For a client: their own scores, and their partner's where the couple shares scores. */
  async mine(from: Date | null, to: Date | null): Promise<TrendsModel> {
    const scores = await this.policy.ownScores('trends.read');
    return this.load(scores.coupleId, scores.clientIds, from, to);
  }

  private async load(
    coupleId: string,
    clientIds: string[],
    from: Date | null,
    to: Date | null,
  ): Promise<TrendsModel> {
    const rows = await this.sql.rows(trendPoints, [coupleId, clientIds, from, to]);
    const names = await this.sql.rows(trendPeople, [clientIds]);
    const episode = await this.sql.maybeOne(trendEpisode, [coupleId]);
    const book = await this.reliability.book();
    const series = new Map<string, ScoreSeriesModel>(
      names.map((person) => [
        person.id,
        {
          clientId: person.id,
          displayName: person.displayName,
          points: [],
          baselines: [],
          progress: [],
        },
      ]),
    );
    const landmarks = new Map<string, PointRow[]>();
    for (const row of rows) {
      const { clientId, baseline, latest: _latest, previous: _previous, inRange, ...point } = row;
      const target = series.get(clientId);
      if (!target) continue;
      if (baseline) target.baselines.push(point);
      if (inRange) target.points.push(point);
      const id = `${clientId}:${point.instrumentVersion}:${point.form}:${point.key}`;
      landmarks.set(id, [...(landmarks.get(id) ?? []), row]);
    }
    for (const target of series.values()) {
      target.progress = progressOf(
        [...landmarks.values()].filter((group) => group[0].clientId === target.clientId),
        book,
      );
    }
    const events = await this.sql.rows(trendEvents, [coupleId, clientIds, from, to]);
    return {
      coupleId,
      episode: episode ?? null,
      series: [...series.values()],
      events,
      references: [...book.all],
    };
  }
}

/**
 * One partner's progress on each form and key, in the instrument version of that series' latest
 * score (as the progress reader the caseload uses): an earlier version's scores are another
 * series, not a baseline for this one.
 */
function progressOf(groups: PointRow[][], book: ReferenceBook): SeriesProgressModel[] {
  const current = new Map<string, PointRow[]>();
  for (const group of groups) {
    const { form, key } = group[0];
    const id = `${form}:${key}`;
    const known = current.get(id);
    if (!known || latestOf(group) > latestOf(known)) current.set(id, group);
  }
  return [...current.values()]
    .sort(
      (x, y) =>
        FORM_ORDER.indexOf(x[0].form) - FORM_ORDER.indexOf(y[0].form) ||
        KEY_ORDER.indexOf(x[0].key) - KEY_ORDER.indexOf(y[0].key),
    )
    .map((group) => {
      const { form, key, instrumentVersion: version } = group[0];
      const scoreKey = key as ScoreKey;
      const progress = seriesProgress(
        landmarksOf(group.map(scoredPoint)),
        book.of(version, form, scoreKey),
        instrumentVersion(version).norms[scoreKey],
        scoreKey,
      );
      return {
        key,
        form,
        instrumentVersion: version,
        baseline: progress.baseline,
        previous: progress.previous,
        latest: progress.latest,
        sinceBaseline: shownChange(progress.sinceBaseline),
        sincePrevious: shownChange(progress.sincePrevious),
      };
    });
}

/** When the series' latest score was taken (ties: the greater check-in id, as landmarksOf). */
function latestOf(group: PointRow[]): string {
  const row = group.find((entry) => entry.latest) ?? group[group.length - 1];
  return `${new Date(row.takenAt).toISOString()}/${row.checkinId}`;
}

function scoredPoint(row: PointRow): ScoredPoint {
  return { checkinId: row.checkinId, takenAt: new Date(row.takenAt), score: row.score };
}
