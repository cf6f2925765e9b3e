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
        sinceBaseline {
          ...MeasuredChangeFields
        }
        sincePrevious {
          ...MeasuredChangeFields
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

export const MEASURED_CHANGE_FIELDS = graphql(`
  fragment MeasuredChangeFields on MeasuredChange {
    from {
      checkinId
      takenAt
      score
    }
    to {
      checkinId
      takenAt
      score
    }
    points
    rci
    sDiff
    reliable
    status
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
