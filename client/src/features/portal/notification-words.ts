import type { NotificationKind } from '../../graphql/generated/graphql';

/**
 * What a notification says. DUE_SOON means "due within a day", which may still be today,
 * so it does not claim "tomorrow".
 */
export function notificationText(kind: NotificationKind, exerciseTitle: string): string {
  switch (kind) {
    case 'ASSIGNED':
      return `New exercise: ${exerciseTitle}`;
    case 'DUE_SOON':
      return `Due soon: ${exerciseTitle}`;
    case 'OVERDUE':
      return `Overdue: ${exerciseTitle}`;
    case 'COMMENT':
      return `Your counselor commented on ${exerciseTitle}`;
  }
}
