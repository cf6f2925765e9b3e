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
        toReviewCount
        overdueCount
        partners {
          id
          displayName
        }
      }
    }
  }
`);

export const CASELOAD_ACTIVITY = graphql(`
  subscription CaseloadActivity {
    caseloadActivity {
      kind
      coupleId
    }
  }
`);
