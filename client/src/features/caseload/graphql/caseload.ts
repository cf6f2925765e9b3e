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
      expectedChangeEpisodes
      expectedChangeCouplesNeeded
      references {
        form
        instrumentVersion
        reliability
        reliabilitySource
        reliabilityLower
        reliabilityUpper
        sampleSize
        sd
      }
      items {
        id
        name
        isPrimaryCounselor
        inCareSince
        toReviewCount
        overdueCount
        overdueCheckinCount
        episodeNumber
        episodeStartedAt
        lastActivityAt
        indexChange
        partners {
          id
          displayName
        }
        progress {
          clientId
          displayName
          index {
            baseline {
              checkinId
              score
            }
            latest {
              checkinId
              score
            }
            sinceBaseline {
              points
              rci
              reliable
              status
            }
            sincePrevious {
              points
              rci
              reliable
            }
          }
          pulseIndex {
            latest {
              score
            }
            sinceBaseline {
              points
              reliable
            }
          }
          latestStraightLined
          expected {
            low
            median
            couples
            partners
            weeks
          }
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
