import {
  CHECKIN_INSTRUMENT,
  clinicalCutoff,
  FLAG_THRESHOLDS,
  RELIABLE_CHANGE_THRESHOLD,
} from '@tandem/shared';
import { CASELOAD_NUMBERS, CHANGE_TEXT, FLAG_TEXT, INDEX_EXPLANATION } from './flag-text';

describe('caseload explanations', () => {
  it('state the thresholds the server flags with', () => {
    expect(FLAG_TEXT.HIGH_CODEPENDENCE_RISK.explanation).toContain(
      `${FLAG_THRESHOLDS.codependenceRisk} or more`,
    );
    expect(FLAG_TEXT.LARGE_PARTNER_GAP.explanation).toContain(
      `${FLAG_THRESHOLDS.partnerGap} or more`,
    );
    expect(FLAG_TEXT.DISENGAGED.explanation).toContain(`${FLAG_THRESHOLDS.inactiveDays} days`);
    expect(FLAG_TEXT.NOT_ON_TRACK.computed).toContain(`${FLAG_THRESHOLDS.bandMinCouples} couples`);
    expect(FLAG_TEXT.RELIABLE_DETERIORATION.computed).toContain(`−${RELIABLE_CHANGE_THRESHOLD}`);
  });

  it('derive the cut-off, the reliable change in points and the reliability from the instrument', () => {
    const norm = CHECKIN_INSTRUMENT.norms.INDEX;
    // √2 · SD · √(1 − α) · 1.96, by hand from the shared norm.
    const points = Math.SQRT2 * norm.clinicalSd * Math.sqrt(1 - norm.alpha) * 1.96;
    expect(Number(CASELOAD_NUMBERS.reliablePoints)).toBeCloseTo(points, 1);
    expect(Number(CASELOAD_NUMBERS.cutoff)).toBeCloseTo(clinicalCutoff(norm), 1);
    expect(CHANGE_TEXT.RECOVERED.explanation).toContain(`(${CASELOAD_NUMBERS.cutoff})`);
    expect(INDEX_EXPLANATION.paragraphs.join(' ')).toContain(`α = ${norm.alpha.toFixed(2)}`);
    expect(FLAG_TEXT.RELIABLE_DETERIORATION.computed).toContain(
      `${CASELOAD_NUMBERS.reliablePoints} points`,
    );
  });
});
