import { MIN_DAYS_BETWEEN_MEASURES, RELIABLE_CHANGE_THRESHOLD } from '@tandem/shared';
import { OUTCOMES_EXPLANATION } from '../admin/outcome-text';
import { CHANGE_TEXT, NOT_MEASURED_TEXT } from '../caseload/flag-text';
import {
  asSentence,
  CHANGE_STATUS,
  CHANGE_STATUSES,
  changeMeaning,
  NOT_MEASURED,
  rciText,
} from './change-status';

describe('change status words', () => {
  it('name each status once, best first, each meaning citing the shared threshold', () => {
    expect(CHANGE_STATUSES.map((status) => CHANGE_STATUS[status].label)).toEqual([
      'Recovered',
      'Improved',
      'Unchanged',
      'Deteriorated',
    ]);
    for (const status of CHANGE_STATUSES) {
      expect(changeMeaning(status)).toContain(String(RELIABLE_CHANGE_THRESHOLD));
    }
    expect(changeMeaning('RECOVERED', '62.2')).toContain('cut-off c (62.2)');
    expect(NOT_MEASURED.meaning).toContain(`${MIN_DAYS_BETWEEN_MEASURES} days apart`);
  });

  it('are the words of the caseload and of the clinic outcomes', () => {
    for (const status of CHANGE_STATUSES) {
      expect(CHANGE_TEXT[status].label).toBe(CHANGE_STATUS[status].label);
      expect(CHANGE_TEXT[status].color).toBe(CHANGE_STATUS[status].color);
    }
    expect(NOT_MEASURED_TEXT.label).toBe(NOT_MEASURED.label);
    const outcomes = OUTCOMES_EXPLANATION.paragraphs.join(' ');
    expect(outcomes).toContain(`${NOT_MEASURED.label}: ${asSentence(NOT_MEASURED.meaning)}`);
    expect(outcomes).toContain(`${CHANGE_STATUS.UNCHANGED.label}: The change is not larger`);
  });

  it('write an RCI with two decimals and a real minus sign', () => {
    expect(rciText(-1.9649)).toBe('−1.96');
    expect(rciText(2.4)).toBe('2.40');
  });
});
