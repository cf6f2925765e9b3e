import { graphql } from '../../../graphql/generated';

export const CASELOAD = graphql(`
  query Caseload(
    $limit: Int!
    $offset: Int!
    $sort: CaseloadSort!
    $flaggedOnly: Boolean!
    $search: String
  ) {
    caseload(
      limit: $limit
      offset: $offset
      sort: $sort
      flaggedOnly: $flaggedOnly
      search: $search
    ) {
      totalCount
      bandCouples
      bandCouplesNeeded
      items {
        id
        name
        isPrimaryCounselor
        inCareSince
        toReviewCount
        overdueCount
        lastActivityAt
        indexChange
        partners {
          id
          displayName
        }
        progress {
          clientId
          displayName
          baselineIndex
          latestIndex
          rci
          status
          latestCodependenceRisk
        }
        flags {
          kind
          reason
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
