import { graphql } from '../../../graphql/generated';

export const AUDIT_EVENTS = graphql(`
  query AuditEvents($filter: AuditFilterInput, $limit: Int!, $offset: Int!) {
    auditEvents(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        occurredAt
        actorName
        actorRole
        action
        entityType
        entityId
        outcome
        ip
      }
    }
  }
`);

export const AUDIT_ACTORS = graphql(`
  query AuditActors {
    accounts(limit: 200) {
      items {
        id
        displayName
      }
    }
  }
`);
