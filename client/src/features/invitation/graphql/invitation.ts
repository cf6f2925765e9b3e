import { graphql } from '../../../graphql/generated';

export const INVITATION_PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      clinicName
      email
      displayName
      role
    }
  }
`);

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...ViewerFields
    }
  }
`);
