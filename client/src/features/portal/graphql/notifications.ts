import { graphql } from '../../../graphql/generated';

export const MY_NOTIFICATIONS = graphql(`
  query MyNotifications($limit: Int!, $offset: Int!) {
    myNotifications(limit: $limit, offset: $offset) {
      totalCount
      unreadCount
      items {
        id
        kind
        exerciseTitle
        todoId
        createdAt
        readAt
      }
    }
  }
`);

/** Only the count, for the navigation; one row is the smallest page the API serves. */
export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    myNotifications(limit: 1) {
      unreadCount
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
