import {
  CHECKIN_INSTRUMENT,
  CheckinForm,
  clinicalCutoff,
  defaultReference,
  EXPECTED_CHANGE,
  FLAG_THRESHOLDS,
  MIN_DAYS_BETWEEN_MEASURES,
  RELIABLE_CHANGE_THRESHOLD,
  SAFETY_CONCERN_FROM,
} from '@tandem/shared';
import {
  CASELOAD_NUMBERS,
  CHANGE_TEXT,
  FLAG_TEXT,
  INDEX_EXPLANATION,
  NOT_MEASURED_TEXT,
  RECOVERED_NOTE,
} from './flag-text';

describe('caseload explanations', () => {
  it('list every flag, the urgent safety flag first, red and drawn strongest', () => {
    const kinds = Object.keys(FLAG_TEXT);
    expect(kinds[0]).toBe('URGENT_SAFETY');
    expect(kinds).toContain('RELAPSE');
    expect(FLAG_TEXT.URGENT_SAFETY.color).toMatch(/^red/);
    expect(FLAG_TEXT.URGENT_SAFETY.urgent).toBe(true);
    expect(Object.values(FLAG_TEXT).filter((flag) => flag.urgent)).toHaveLength(1);
  });

  it('state the thresholds the server flags with, from the shared constants', () => {
    const T = FLAG_THRESHOLDS;
    expect(FLAG_TEXT.URGENT_SAFETY.explanation).toContain(`${SAFETY_CONCERN_FROM} or more`);
    expect(FLAG_TEXT.HIGH_CODEPENDENCE_RISK.explanation).toContain(`${T.codependenceRisk} or more`);
    expect(FLAG_TEXT.LARGE_PARTNER_GAP.explanation).toContain(`${T.partnerGap} or more`);
    expect(FLAG_TEXT.LARGE_PARTNER_GAP.explanation).toContain(
      `${MIN_DAYS_BETWEEN_MEASURES} days apart`,
    );
    expect(FLAG_TEXT.DISENGAGED.explanation).toContain(`${T.inactiveDays} days`);
    expect(FLAG_TEXT.DISENGAGED.explanation).toContain(
      `${T.overdueTodos} or more to-dos (exercises or check-ins) are overdue by more than ${T.overdueGraceDays} days`,
    );
    for (const kind of ['RELIABLE_DETERIORATION', 'RELAPSE'] as const) {
      expect(FLAG_TEXT[kind].computed).toContain(`at or below −${RELIABLE_CHANGE_THRESHOLD}`);
    }
    expect(FLAG_TEXT.RELAPSE.explanation).toContain(`${MIN_DAYS_BETWEEN_MEASURES} days earlier`);
  });

  it('say what the expected line is and how many fall below it by design', () => {
    const E = EXPECTED_CHANGE;
    const text = `${FLAG_TEXT.NOT_ON_TRACK.explanation} ${FLAG_TEXT.NOT_ON_TRACK.computed}`;
    expect(text).toContain(`${E.lowPercentile}th percentile`);
    expect(text).toContain('About 1 in 10');
    expect(text).toContain(`${E.minCouples} comparison couples`);
    expect(text).toContain(`${E.intakeBandWidth}-point band`);
    expect(text).toContain(`±${E.weeksWindow} weeks`);
    expect(text).toContain('never for a partner who improved reliably');
  });

  it('use the agreed wording, and say the norms behind Recovered are provisional', () => {
    expect(CHANGE_TEXT.UNCHANGED.explanation).toContain(
      'not larger than measurement error can explain',
    );
    expect(CHANGE_TEXT.DETERIORATED.explanation).toContain(
      `at or below −${RELIABLE_CHANGE_THRESHOLD}`,
    );
    expect(CHANGE_TEXT.RECOVERED.explanation).toContain('provisional');
    expect(RECOVERED_NOTE).toContain('provisional norms');
    const everything = JSON.stringify({ FLAG_TEXT, CHANGE_TEXT, INDEX_EXPLANATION });
    expect(everything).not.toMatch(/noise/i);
    expect(NOT_MEASURED_TEXT.explanation).toContain(`${MIN_DAYS_BETWEEN_MEASURES} days apart`);
  });

  it('derive the cut-off and reliable change in points from the instrument, per form', () => {
    const norm = CHECKIN_INSTRUMENT.norms.INDEX;
    // 1.96 · √2 · SD · √(1 − r), by hand from the shared norm (full) and its derived pulse reference.
    const full = 1.96 * Math.SQRT2 * norm.clinicalSd * Math.sqrt(1 - norm.alpha);
    expect(Number(CASELOAD_NUMBERS.reliablePoints)).toBeCloseTo(full, 1);
    const pulse = defaultReference(CHECKIN_INSTRUMENT, CheckinForm.PULSE, 'INDEX');
    const pulsePoints = 1.96 * Math.SQRT2 * pulse.sd * Math.sqrt(1 - pulse.reliability);
    expect(Number(CASELOAD_NUMBERS.pulseReliablePoints)).toBeCloseTo(pulsePoints, 1);
    // One pulse step (25 points) is not a reliable pulse change.
    expect(pulsePoints).toBeGreaterThan(25);
    expect(Number(CASELOAD_NUMBERS.cutoff)).toBeCloseTo(clinicalCutoff(norm), 1);
    expect(CHANGE_TEXT.RECOVERED.explanation).toContain(`(${CASELOAD_NUMBERS.cutoff})`);
    expect(INDEX_EXPLANATION.paragraphs.join(' ')).toContain(
      `about ${CASELOAD_NUMBERS.pulseReliablePoints} points`,
    );
  });
});
