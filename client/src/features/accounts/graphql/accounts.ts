import { graphql } from '../../../graphql/generated';

export const ACCOUNT_FIELDS = graphql(`
  fragment AccountFields on Account {
    id
    email
    displayName
    role
    status
    version
    coupleName
  }
`);

export const ACCOUNTS = graphql(`
  query Accounts($filter: AccountFilterInput, $limit: Int!, $offset: Int!) {
    accounts(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...AccountFields
      }
    }
  }
`);

export const UPDATE_ACCOUNT = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      ...AccountFields
    }
  }
`);

export const DEACTIVATE_ACCOUNT = graphql(`
  mutation DeactivateAccount($id: ID!) {
    deactivateAccount(id: $id) {
      ...AccountFields
    }
  }
`);

export const REACTIVATE_ACCOUNT = graphql(`
  mutation ReactivateAccount($id: ID!) {
    reactivateAccount(id: $id) {
      ...AccountFields
    }
  }
`);

export const ISSUE_PASSWORD_RESET = graphql(`
  mutation IssuePasswordReset($id: ID!) {
    issuePasswordReset(id: $id) {
      url
      emailed
      expiresAt
    }
  }
`);

export const INVITATION_FIELDS = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    displayName
    role
    status
    createdAt
    expiresAt
    invitedByName
  }
`);

export const INVITATIONS = graphql(`
  query Invitations($limit: Int!, $offset: Int!) {
    invitations(limit: $limit, offset: $offset) {
      totalCount
      items {
        ...InvitationFields
      }
    }
  }
`);

export const INVITE_USER = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      url
      emailed
      invitation {
        ...InvitationFields
      }
    }
  }
`);

export const RESEND_INVITATION = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      url
      emailed
      invitation {
        ...InvitationFields
      }
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export const RESET_TWO_FACTOR = graphql(`
  mutation ResetTwoFactor($id: ID!) {
    resetTwoFactor(id: $id)
  }
`);
