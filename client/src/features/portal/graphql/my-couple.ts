import { graphql } from '../../../graphql/generated';

export const MY_COUPLE = graphql(`
  query MyCouple {
    myCouple {
      id
      name
      confidentialityPolicy
      shareScores
      partner {
        id
        displayName
      }
      careTeam {
        counselorId
        displayName
        isPrimary
      }
    }
  }
`);
