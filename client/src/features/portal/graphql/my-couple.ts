import { graphql } from '../../../graphql/generated';

export const MY_COUPLE = graphql(`
  query MyCouple {
    myCouple {
      id
      name
      confidentialityPolicy
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
