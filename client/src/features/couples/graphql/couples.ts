import { graphql } from '../../../graphql/generated';

export const COUPLE_FIELDS = graphql(`
  fragment CoupleFields on Couple {
    id
    name
    status
    confidentialityPolicy
    inCareSince
    version
    partners {
      id
      displayName
    }
    careTeam {
      counselorId
      displayName
      isPrimary
    }
    viewerCan {
      manage
      assign
      readSessionNotes
      handleSafetyAlerts
    }
  }
`);

export const COUPLES = graphql(`
  query Couples($filter: CoupleFilterInput, $limit: Int!, $offset: Int!) {
    couples(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...CoupleFields
      }
    }
  }
`);

export const COUPLE = graphql(`
  query Couple($id: ID!) {
    couple(id: $id) {
      ...CoupleFields
    }
  }
`);

export const COUPLE_CANDIDATES = graphql(`
  query CoupleCandidates {
    clients: accounts(
      filter: { role: CLIENT, status: ACTIVE, withoutActiveCouple: true }
      limit: 200
    ) {
      items {
        id
        displayName
        email
      }
    }
    counselors: accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {
      items {
        id
        displayName
      }
    }
  }
`);

export const CREATE_COUPLE = graphql(`
  mutation CreateCouple($input: CreateCoupleInput!) {
    createCouple(input: $input) {
      ...CoupleFields
    }
  }
`);

export const DISCHARGE_COUPLE = graphql(`
  mutation DischargeCouple($id: ID!) {
    dischargeCouple(id: $id) {
      ...CoupleFields
    }
  }
`);

export const REOPEN_COUPLE = graphql(`
  mutation ReopenCouple($id: ID!) {
    reopenCouple(id: $id) {
      ...CoupleFields
    }
  }
`);

export const COUNSELORS = graphql(`
  query Counselors {
    accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {
      items {
        id
        displayName
      }
    }
  }
`);

export const UPDATE_COUPLE = graphql(`
  mutation UpdateCouple($input: UpdateCoupleInput!) {
    updateCouple(input: $input) {
      ...CoupleFields
    }
  }
`);

export const SET_CARE_TEAM = graphql(`
  mutation SetCareTeam($coupleId: ID!, $careTeam: CareTeamInput!) {
    setCareTeam(coupleId: $coupleId, careTeam: $careTeam) {
      ...CoupleFields
    }
  }
`);

export const COUPLE_ACTIVITY = graphql(`
  subscription CoupleActivity($coupleId: ID!) {
    coupleActivity(coupleId: $coupleId) {
      kind
      coupleId
      clientId
      at
    }
  }
`);
