import { graphql } from '../../../graphql/generated';

export const TRENDS_FIELDS = graphql(`
  fragment TrendsFields on Trends {
    coupleId
    series {
      clientId
      displayName
      points {
        checkinId
        form
        key
        score
        takenAt
      }
      baselines {
        checkinId
        form
        key
        score
        takenAt
      }
    }
    events {
      at
      clientId
      title
    }
    references {
      key
      cutoff
      higherIsBetter
      provisional
      reliability
      reliabilitySource
      responses
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
