import type { Mail } from '../mail/mailer.service';
import { NotificationKind } from './notification.entity';

const SUBJECTS: Record<NotificationKind, string> = {
  [NotificationKind.ASSIGNED]: 'Your counselor has given you an exercise',
  [NotificationKind.DUE_SOON]: 'An exercise is due tomorrow',
  [NotificationKind.OVERDUE]: 'An exercise is past its due date',
  [NotificationKind.COMMENT]: 'Your counselor commented on your answers',
};

/**
 * The email for a notification. Email is not a private channel, so it names no exercise and
 * quotes nothing: it says that there is something to see and where.
 */
export function notificationMail(
  kind: NotificationKind,
  recipient: { email: string; displayName: string },
  link: string,
): Mail {
  return {
    to: recipient.email,
    subject: SUBJECTS[kind],
    text: [
      `Hello ${recipient.displayName},`,
      '',
      `${SUBJECTS[kind]}. Sign in to Tandem to see it:`,
      link,
      '',
      'You receive this because you are a client of a clinic that uses Tandem.',
    ].join('\n'),
  };
}
