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
    }
  }
`);
