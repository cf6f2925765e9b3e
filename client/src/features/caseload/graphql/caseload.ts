import { graphql } from '../../../graphql/generated';

export const CASELOAD = graphql(`
  query Caseload($limit: Int!, $offset: Int!) {
    caseload(limit: $limit, offset: $offset) {
      totalCount
      items {
        id
        name
        isPrimaryCounselor
        inCareSince
        partners {
          id
          displayName
        }
      }
    }
  }
`);
