import { graphql } from '../../../graphql/generated';

export const TRENDS_FIELDS = graphql(`
  fragment TrendsFields on Trends {
    coupleId
    episode {
      number
      startedAt
    }
    series {
      clientId
      displayName
      points {
        checkinId
        form
        instrumentVersion
        key
        score
        straightLined
        takenAt
      }
      baselines {
        checkinId
        form
        instrumentVersion
        key
        score
        straightLined
        takenAt
      }
      progress {
        key
        form
        instrumentVersion
        baseline {
          checkinId
          takenAt
          score
        }
        previous {
          checkinId
          takenAt
          score
        }
        latest {
          checkinId
          takenAt
          score
        }
        # The change's two ends are the landmarks above (baseline or previous, and latest):
        # not asked again, which keeps the query within the server's depth limit.
        sinceBaseline {
          points
          rci
          sDiff
          reliable
          status
        }
        sincePrevious {
          points
          rci
          sDiff
          reliable
          status
        }
      }
    }
    events {
      at
      clientId
      title
    }
    references {
      key
      form
      instrumentVersion
      cutoff
      cutoffA
      cutoffB
      cutoffC
      cutoffUsed
      higherIsBetter
      provisional
      reliability
      reliabilitySource
      reliabilityLower
      reliabilityUpper
      sampleSize
      sd
    }
  }
`);

export const COUPLE_TRENDS = graphql(`
  query CoupleTrends($coupleId: ID!, $from: DateTime, $to: DateTime) {
    coupleTrends(coupleId: $coupleId, from: $from, to: $to) {
      ...TrendsFields
    }
  }
`);

export const MY_TRENDS = graphql(`
  query MyTrends($from: DateTime, $to: DateTime) {
    myTrends(from: $from, to: $to) {
      ...TrendsFields
    }
  }
`);
