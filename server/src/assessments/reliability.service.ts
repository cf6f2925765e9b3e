import { Injectable } from '@nestjs/common';
import {
  CHECKIN_INSTRUMENT,
  clinicalCutoff,
  cronbachAlpha,
  Dimension,
  higherIsBetter,
  type ItemAnswer,
  type ScoreKey,
} from '@tandem/shared';
import { RequestContext } from '../context/request-context';
import { ScoreKeyName } from './checkin-score.entity';
import { ReliabilitySource, ScoreReferenceModel } from './models/checkin.models';

/** A clinic's own estimate replaces the default once this many full check-ins exist. */
export const MIN_RESPONSES_FOR_CLINIC_ALPHA = 30;
/** The newest responses an estimate reads, to keep it bounded. */
const MAX_RESPONSES = 2000;
/** An estimate is made again after this long even if no newer response arrived. */
const MAX_ESTIMATE_AGE_MS = 10 * 60_000;

/** When the clinic's newest full response has not changed, neither has its estimate. */
const NEWEST_FULL_RESPONSE = `SELECT max(submitted_at)::text AS newest FROM checkin
  WHERE form = 'FULL' AND submitted_at IS NOT NULL`;

interface Estimate {
  newest: string | null;
  madeAt: number;
  references: ScoreReferenceModel[];
}

/**
 * What each score is read against: the cut-off and SD from the instrument's provisional
 * norms, and the reliability for reliable change — the clinic's own Cronbach's alpha per
 * dimension once it has enough full check-ins, the default otherwise. Reading 2,000 responses
 * on every trends request cost more than the trends themselves, so each clinic's estimate is
 * kept until a newer full response exists (one index probe per request tells) or it is ten
 * minutes old (a response committed out of order, another replica's).
 */
@Injectable()
export class ReliabilityService {
  private readonly estimates = new Map<string, Estimate>();

  constructor(private readonly context: RequestContext) {}

  async references(): Promise<ScoreReferenceModel[]> {
    const clinicId = this.context.requiredActor.clinicId;
    const [{ newest }] = await this.context.manager.query(NEWEST_FULL_RESPONSE);
    const known = this.estimates.get(clinicId);
    if (known && known.newest === newest && Date.now() - known.madeAt < MAX_ESTIMATE_AGE_MS) {
      return known.references;
    }
    const references = await this.estimate();
    this.estimates.set(clinicId, { newest, madeAt: Date.now(), references });
    return references;
  }

  private async estimate(): Promise<ScoreReferenceModel[]> {
    const rows: Array<{ answers: ItemAnswer[] }> = await this.context.manager.query(
      `SELECT answers FROM checkin WHERE form = 'FULL' AND submitted_at IS NOT NULL
        ORDER BY submitted_at DESC LIMIT $1`,
      [MAX_RESPONSES],
    );
    const { scale, items, norms, provisional } = CHECKIN_INSTRUMENT;
    return (Object.values(ScoreKeyName) as ScoreKey[]).map((key) => {
      const norm = norms[key];
      let reliability = norm.alpha;
      let source = ReliabilitySource.DEFAULT;
      let responses = 0;
      if (key !== 'INDEX') {
        const dimensionItems = items.filter((item) => item.dimension === (key as Dimension));
        const matrix: number[][] = [];
        for (const { answers } of rows) {
          const byKey = new Map(answers.map((answer) => [answer.itemKey, answer.value]));
          const row = dimensionItems.map((item) => {
            const value = byKey.get(item.key);
            if (value === undefined) return undefined;
            return item.reverse ? scale.min + scale.max - value : value;
          });
          if (row.every((value) => value !== undefined)) matrix.push(row as number[]);
        }
        const alpha =
          matrix.length >= MIN_RESPONSES_FOR_CLINIC_ALPHA ? cronbachAlpha(matrix) : null;
        // An estimate at or above 1, or below zero, says more about the sample than the scale.
        if (alpha !== null && alpha > 0 && alpha < 1) {
          reliability = Math.round(alpha * 1000) / 1000;
          source = ReliabilitySource.CLINIC;
          responses = matrix.length;
        }
      }
      return {
        key: key as ScoreKeyName,
        higherIsBetter: higherIsBetter(key),
        cutoff: Math.round(clinicalCutoff(norm) * 10) / 10,
        sd: norm.clinicalSd,
        reliability,
        reliabilitySource: source,
        responses,
        provisional,
      };
    });
  }
}
