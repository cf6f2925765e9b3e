import { graphql } from '../../../graphql/generated';

export const CLINIC_OVERVIEW = graphql(`
  query ClinicOverview {
    clinicOverview {
      clinic {
        id
        name
      }
      counselorCount
      clientCount
      activeCoupleCount
      engagement {
        ...EngagementFields
      }
      outcomes {
        ...OutcomeFields
      }
      references {
        form
        instrumentVersion
        reliability
        reliabilitySource
        reliabilityLower
        reliabilityUpper
        sampleSize
        sd
        cutoff
        provisional
      }
      counselors {
        counselorId
        displayName
        coupleCount
        engagement {
          ...EngagementFields
        }
        outcomes {
          ...OutcomeFields
        }
      }
    }
  }

  fragment EngagementFields on Engagement {
    due
    onTime
    rate
  }

  fragment OutcomeFields on OutcomeCounts {
    recovered
    improved
    unchanged
    deteriorated
    notMeasured
  }
`);
