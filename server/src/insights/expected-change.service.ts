import { Injectable } from '@nestjs/common';
import {
  EXPECTED_CHANGE,
  type ExpectedChange,
  expectedChangeModel,
  type FollowUpSample,
  MIN_DAYS_BETWEEN_MEASURES,
} from '@tandem/shared';
import { newestFullResponse } from '../assessments/reliability.queries';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { followUpSamples } from './expected-change.queries';

/** The model is learned again after this long even if no newer full response arrived. */
const MAX_MODEL_AGE_MS = 10 * 60_000;

type Answer = (intake: number, weeks: number, ownEpisodeId: string) => ExpectedChange | null;

/** What the clinic's follow-ups say, per instrument version (changes are only compared within one). */
export interface ExpectedChanges {
  /** Episodes of care with at least one follow-up point, of any version. */
  episodes: number;
  forPartner(
    instrumentVersion: number,
    intake: number,
    weeks: number,
    ownEpisodeId: string,
  ): ExpectedChange | null;
}

interface Learned extends ExpectedChanges {
  newest: string | null;
  madeAt: number;
}

type SampleRow = FollowUpSample & { instrumentVersion: number };

/**
 * The clinic's expected change, learned from every follow-up point of its episodes of care.
 * Reading them all on every caseload request would cost more than the caseload, so each
 * clinic's model is kept until a newer full response exists (one index probe per request tells)
 * or it is ten minutes old (a discharge or reopening, a response committed out of order or on
 * another replica).
 */
@Injectable()
export class ExpectedChangeService {
  private readonly learned = new Map<string, Learned>();

  constructor(
    private readonly context: RequestContext,
    private readonly sql: Sql,
  ) {}

  async model(): Promise<ExpectedChanges> {
    const clinicId = this.context.requiredActor.clinicId;
    const { newest } = await this.sql.one(newestFullResponse, []);
    const known = this.learned.get(clinicId);
    if (known && known.newest === newest && Date.now() - known.madeAt < MAX_MODEL_AGE_MS) {
      return known;
    }
    const samples: SampleRow[] = await this.sql.rows(followUpSamples, [
      MIN_DAYS_BETWEEN_MEASURES,
      EXPECTED_CHANGE.maxWeeks,
    ]);
    const byVersion = new Map<number, SampleRow[]>();
    for (const sample of samples) {
      const list = byVersion.get(sample.instrumentVersion) ?? [];
      list.push(sample);
      byVersion.set(sample.instrumentVersion, list);
    }
    const answers = new Map<number, Answer>(
      [...byVersion].map(([version, list]) => [version, expectedChangeModel(list)]),
    );
    const learned: Learned = {
      newest,
      madeAt: Date.now(),
      episodes: new Set(samples.map((sample) => sample.episodeId)).size,
      forPartner: (version, intake, weeks, ownEpisodeId) =>
        answers.get(version)?.(intake, weeks, ownEpisodeId) ?? null,
    };
    this.learned.set(clinicId, learned);
    return learned;
  }
}
