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

/**
 * What each score is read against: the cut-off and SD from the instrument's provisional
 * norms, and the reliability for reliable change — the clinic's own Cronbach's alpha per
 * dimension once it has enough full check-ins, the default otherwise. One query per request.
 */
@Injectable()
export class ReliabilityService {
  constructor(private readonly context: RequestContext) {}

  async references(): Promise<ScoreReferenceModel[]> {
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
