import type { Mail } from '../mail/mailer.service';

export const SAFETY_MAIL_SUBJECT = 'A client on your caseload needs your attention in Tandem';

/**
 * The email that tells a counselor to look at a couple soon. Email is not a private channel
 * and may be read by others: it names no client, says nothing of what was answered and not
 * that it concerns safety; the couple page says the rest after sign-in.
 */
export function safetyAlertMail(
  recipient: { email: string; displayName: string },
  link: string,
): Mail {
  return {
    to: recipient.email,
    subject: SAFETY_MAIL_SUBJECT,
    text: [
      `Hello ${recipient.displayName},`,
      '',
      `${SAFETY_MAIL_SUBJECT}. Please sign in as soon as you can:`,
      link,
      '',
      'You receive this because you are on a care team at a clinic that uses Tandem.',
    ].join('\n'),
  };
}
