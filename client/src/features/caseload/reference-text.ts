import { CLINIC_RELIABILITY } from '@tandem/shared';

/** The fields of a ScoreReference a sentence about it needs. */
export interface ReferenceFacts {
  form: string;
  instrumentVersion: number;
  reliability: number;
  reliabilitySource: 'DEFAULT' | 'CLINIC';
  reliabilityLower?: number | null;
  reliabilityUpper?: number | null;
  sampleSize: number;
  sd: number;
}

const two = (value: number) => value.toFixed(2);

/**
 * Which reliability and SD a change was read against, in a sentence: the clinic's own estimate
 * (with its Feldt interval and sample) or the instrument's default (and why the clinic's is not
 * used yet).
 */
export function referenceText(reference: ReferenceFacts): string {
  const what = `${reference.form === 'PULSE' ? 'Pulse' : 'Full-form'} index, instrument version ${reference.instrumentVersion}`;
  const numbers = `reliability ${two(reference.reliability)}, SD ${reference.sd.toFixed(1)}`;
  if (reference.reliabilitySource === 'CLINIC') {
    const interval =
      reference.reliabilityLower != null && reference.reliabilityUpper != null
        ? `, 95 % interval ${two(reference.reliabilityLower)}–${two(reference.reliabilityUpper)}`
        : '';
    return `${what}: ${numbers}, estimated from this clinic's intake check-ins of ${reference.sampleSize} clients${interval}.`;
  }
  return `${what}: ${numbers}, the instrument's provisional default (the clinic's own estimate is used once ${CLINIC_RELIABILITY.minClients} clients have an intake check-in and its 95 % lower bound is at least ${CLINIC_RELIABILITY.minLowerBound.toFixed(2)}; now ${reference.sampleSize} clients).`;
}
