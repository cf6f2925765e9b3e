import { Injectable } from '@nestjs/common';
import type { CheckinForm, ScoredPoint, ScoreKey } from '@tandem/shared';
import { Sql } from '../database/sql';
import { type GapPoint, latestPair, type PartnerGap } from './partner-gap';
import {
  DEFAULT_SERIES,
  episodeOfCouple,
  episodesAndPartners,
  landmarkStatements,
  type LandmarksStatement,
  recentFullIndex,
  scoresOfEpisode,
  type SeriesSpec,
} from './progress.queries';

export type { PartnerGap, GapPoint, SeriesSpec };
export { DEFAULT_SERIES };

export interface CareEpisode {
  id: string;
  /** 1 for the first; a reopened couple starts the next. */
  number: number;
  startedAt: Date;
  endedAt: Date | null;
}

/** The landmarks of one comparable series: one partner, the current episode, one version, form and key. */
export interface SeriesLandmarks {
  form: CheckinForm;
  key: ScoreKey;
  /** The version of the latest score; baseline and previous are of the same version. */
  instrumentVersion: number;
  baseline: ScoredPoint;
  /** The last score taken at least MIN_DAYS_BETWEEN_MEASURES days before latest, or null. */
  previous: ScoredPoint | null;
  latest: ScoredPoint;
}

export interface PartnerLandmarks {
  clientId: string;
  /** One per series asked for that has a score in the episode; absent when it has none. */
  series: SeriesLandmarks[];
}

export interface CoupleLandmarks {
  coupleId: string;
  episode: CareEpisode;
  /** Every partner (as the couple lists them), with or without scores. */
  partners: PartnerLandmarks[];
  /** The latest full-form index pair of the two partners taken less than 7 days apart. */
  gap: PartnerGap | null;
}

/** One score of an episode, for charts. */
export interface EpisodeScore {
  checkinId: string;
  clientId: string;
  form: CheckinForm;
  key: ScoreKey;
  instrumentVersion: number;
  score: number;
  takenAt: Date;
  straightLined: boolean;
}

/** How many recent full-form index scores per partner the gap pairs from. */
const GAP_POINTS = 6;

type LandmarkRow = NonNullable<LandmarksStatement['types']>['row'];

/** The series of a partner's landmarks for one form and key, or null when they have no score. */
export function seriesOf(
  couple: CoupleLandmarks | undefined,
  clientId: string,
  form: CheckinForm,
  key: ScoreKey,
): SeriesLandmarks | null {
  const partner = couple?.partners.find((entry) => entry.clientId === clientId);
  return partner?.series.find((entry) => entry.form === form && entry.key === key) ?? null;
}

/**
 * Where each partner's scores stand within the couple's current episode of care: what the
 * caseload, the couple page and the clinic outcomes all read, so they agree. Set-based: three
 * statements for the default series whatever the number of couples (one more per series for
 * any other choice); every score read is of the couple itself (a
 * client's scores from an earlier couple never appear) and of its current episode.
 */
@Injectable()
export class ProgressReader {
  constructor(private readonly sql: Sql) {}

  /**
   * Per couple (of those given that the caller can see): its current episode, and per partner
   * the landmarks of each series asked for (by default FULL and PULSE INDEX and FULL
   * CODEPENDENCE_RISK), plus the partner gap.
   */
  async landmarksFor(
    coupleIds: readonly string[],
    series: readonly SeriesSpec[] = DEFAULT_SERIES,
  ): Promise<Map<string, CoupleLandmarks>> {
    const result = new Map<string, CoupleLandmarks>();
    if (coupleIds.length === 0) return result;
    const ids = [...new Set(coupleIds)];
    const episodes = await this.sql.rows(episodesAndPartners, [ids]);
    for (const { coupleId, clientIds, ...episode } of episodes) {
      result.set(coupleId, {
        coupleId,
        episode,
        partners: clientIds.map((clientId) => ({ clientId, series: [] })),
        gap: null,
      });
    }
    for (const landmarksOfSeries of landmarkStatements(series)) {
      for (const row of await this.sql.rows(landmarksOfSeries, [ids])) {
        const partner = result
          .get(row.coupleId)
          ?.partners.find((entry) => entry.clientId === row.clientId);
        partner?.series.push(landmarks(row));
      }
    }
    const recent = await this.sql.rows(recentFullIndex, [ids, GAP_POINTS]);
    const byPartner = new Map<string, GapPoint[]>();
    for (const { coupleId, ...point } of recent) {
      const id = `${coupleId}/${point.clientId}`;
      byPartner.set(id, [...(byPartner.get(id) ?? []), point]);
    }
    for (const couple of result.values()) {
      if (couple.partners.length !== 2) continue;
      const [a, b] = couple.partners.map(
        (partner) => byPartner.get(`${couple.coupleId}/${partner.clientId}`) ?? [],
      );
      couple.gap = latestPair(a, b);
    }
    return result;
  }

  /** One couple's episode (the current one unless a number is given), or null if it has none. */
  async episodeOf(coupleId: string, number: number | null = null): Promise<CareEpisode | null> {
    return (await this.sql.maybeOne(episodeOfCouple, [coupleId, number])) ?? null;
  }

  /**
   * Every score of the given clients in one couple's episode (the current one unless a number
   * is given), oldest first. The caller decides which clients the viewer may see.
   */
  async episodeScores(
    coupleId: string,
    clientIds: readonly string[],
    number: number | null = null,
  ): Promise<{ episode: CareEpisode | null; scores: EpisodeScore[] }> {
    const episode = await this.episodeOf(coupleId, number);
    if (!episode) return { episode, scores: [] };
    const scores = await this.sql.rows(scoresOfEpisode, [coupleId, [...clientIds], episode.number]);
    return { episode, scores };
  }
}

function landmarks(row: LandmarkRow): SeriesLandmarks {
  return {
    form: row.form,
    key: row.key,
    instrumentVersion: row.instrumentVersion,
    baseline: { checkinId: row.baselineId, takenAt: row.baselineAt, score: row.baselineScore },
    previous:
      row.previousId && row.previousAt && row.previousScore !== null
        ? { checkinId: row.previousId, takenAt: row.previousAt, score: row.previousScore }
        : null,
    latest: { checkinId: row.latestId, takenAt: row.latestAt, score: row.latestScore },
  };
}
