import { graphql } from '../../../graphql/generated';

export const SAFETY_ALERTS = graphql(`
  query SafetyAlerts($coupleId: ID!) {
    safetyAlerts(coupleId: $coupleId) {
      openCount
      items {
        id
        clientName
        raisedAt
      }
    }
  }
`);

export const RESOLVE_SAFETY_ALERT = graphql(`
  mutation ResolveSafetyAlert($id: ID!, $resolution: String!) {
    resolveSafetyAlert(id: $id, resolution: $resolution) {
      id
      resolvedAt
      resolvedByName
      resolution
    }
  }
`);
