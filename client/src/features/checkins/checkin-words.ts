import { CHECKIN_INSTRUMENT, CheckinForm, formKeys, itemsOf } from '@tandem/shared';
import type { CheckinForm as Form } from '../../graphql/generated/graphql';

const count = (form: CheckinForm) => itemsOf(CHECKIN_INSTRUMENT, form).length;
const safety = CHECKIN_INSTRUMENT.safetyItems.length;

/** What each form is, for the counselor choosing and the client taking it. */
export const FORM_TEXT: Record<Form, { name: string; explanation: string; minutes: string }> = {
  FULL: {
    name: 'Full check-in',
    explanation: `All ${count(CheckinForm.FULL)} statements and ${safety} on safety, about 5 minutes: the most reliable scores, for a baseline and every month or so.`,
    minutes: 'about 5 minutes',
  },
  PULSE: {
    name: 'Pulse check-in',
    explanation: `One statement per dimension (${count(CheckinForm.PULSE)}) and ${safety} on safety, about a minute: for weekly or fortnightly tracking; single statements are noisier.`,
    minutes: 'about a minute',
  },
};

/** Every statement a form asks, safety ones included. */
export function itemCount(form: Form): number {
  return formKeys(CHECKIN_INSTRUMENT, form as CheckinForm).length;
}

/** "every week", "every 3 weeks". */
export function everyWeeksText(weeks: number): string {
  return weeks === 1 ? 'every week' : `every ${weeks} weeks`;
}

/** Mantine's dimmed descriptions are 3.3:1 on white; gray.7 keeps them above 4.5:1. */
export const READABLE_DESCRIPTION = {
  description: { color: 'var(--mantine-color-gray-7)' },
} as const;
