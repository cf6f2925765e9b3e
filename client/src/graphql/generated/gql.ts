/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    status\n    version\n    coupleName\n  }\n": typeof types.AccountFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilterInput, $limit: Int!, $offset: Int!) {\n    accounts(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...AccountFields\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n": typeof types.DeactivateAccountDocument,
    "\n  mutation ReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n": typeof types.ReactivateAccountDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    displayName\n    role\n    status\n    createdAt\n    expiresAt\n    invitedByName\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($limit: Int!, $offset: Int!) {\n    invitations(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n    }\n  }\n": typeof types.ClinicOverviewDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $limit: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        outcome\n        ip\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditActors {\n    accounts(limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    role\n    clinic {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Caseload($limit: Int!, $offset: Int!) {\n    caseload(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        name\n        isPrimaryCounselor\n        inCareSince\n        partners {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  fragment CoupleFields on Couple {\n    id\n    name\n    status\n    confidentialityPolicy\n    inCareSince\n    version\n    partners {\n      id\n      displayName\n    }\n    careTeam {\n      counselorId\n      displayName\n      isPrimary\n    }\n  }\n": typeof types.CoupleFieldsFragmentDoc,
    "\n  query Couples($filter: CoupleFilterInput, $limit: Int!, $offset: Int!) {\n    couples(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CoupleFields\n      }\n    }\n  }\n": typeof types.CouplesDocument,
    "\n  query Couple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": typeof types.CoupleDocument,
    "\n  query CoupleCandidates {\n    clients: accounts(\n      filter: { role: CLIENT, status: ACTIVE, withoutActiveCouple: true }\n      limit: 200\n    ) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n    counselors: accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CoupleCandidatesDocument,
    "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n": typeof types.CreateCoupleDocument,
    "\n  mutation DischargeCouple($id: ID!) {\n    dischargeCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": typeof types.DischargeCoupleDocument,
    "\n  mutation ReopenCouple($id: ID!) {\n    reopenCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": typeof types.ReopenCoupleDocument,
    "\n  query Counselors {\n    accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.CounselorsDocument,
    "\n  mutation UpdateCouple($input: UpdateCoupleInput!) {\n    updateCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n": typeof types.UpdateCoupleDocument,
    "\n  mutation SetCareTeam($coupleId: ID!, $careTeam: CareTeamInput!) {\n    setCareTeam(coupleId: $coupleId, careTeam: $careTeam) {\n      ...CoupleFields\n    }\n  }\n": typeof types.SetCareTeamDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      clinicName\n      email\n      displayName\n      role\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query MyCouple {\n    myCouple {\n      id\n      name\n      confidentialityPolicy\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n": typeof types.MyCoupleDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
};
const documents: Documents = {
    "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    status\n    version\n    coupleName\n  }\n": types.AccountFieldsFragmentDoc,
    "\n  query Accounts($filter: AccountFilterInput, $limit: Int!, $offset: Int!) {\n    accounts(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...AccountFields\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n": types.DeactivateAccountDocument,
    "\n  mutation ReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n": types.ReactivateAccountDocument,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    displayName\n    role\n    status\n    createdAt\n    expiresAt\n    invitedByName\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Invitations($limit: Int!, $offset: Int!) {\n    invitations(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n    }\n  }\n": types.ClinicOverviewDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $limit: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        outcome\n        ip\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditActors {\n    accounts(limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": types.AuditActorsDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    role\n    clinic {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Caseload($limit: Int!, $offset: Int!) {\n    caseload(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        name\n        isPrimaryCounselor\n        inCareSince\n        partners {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  fragment CoupleFields on Couple {\n    id\n    name\n    status\n    confidentialityPolicy\n    inCareSince\n    version\n    partners {\n      id\n      displayName\n    }\n    careTeam {\n      counselorId\n      displayName\n      isPrimary\n    }\n  }\n": types.CoupleFieldsFragmentDoc,
    "\n  query Couples($filter: CoupleFilterInput, $limit: Int!, $offset: Int!) {\n    couples(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CoupleFields\n      }\n    }\n  }\n": types.CouplesDocument,
    "\n  query Couple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": types.CoupleDocument,
    "\n  query CoupleCandidates {\n    clients: accounts(\n      filter: { role: CLIENT, status: ACTIVE, withoutActiveCouple: true }\n      limit: 200\n    ) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n    counselors: accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": types.CoupleCandidatesDocument,
    "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n": types.CreateCoupleDocument,
    "\n  mutation DischargeCouple($id: ID!) {\n    dischargeCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": types.DischargeCoupleDocument,
    "\n  mutation ReopenCouple($id: ID!) {\n    reopenCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n": types.ReopenCoupleDocument,
    "\n  query Counselors {\n    accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n": types.CounselorsDocument,
    "\n  mutation UpdateCouple($input: UpdateCoupleInput!) {\n    updateCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n": types.UpdateCoupleDocument,
    "\n  mutation SetCareTeam($coupleId: ID!, $careTeam: CareTeamInput!) {\n    setCareTeam(coupleId: $coupleId, careTeam: $careTeam) {\n      ...CoupleFields\n    }\n  }\n": types.SetCareTeamDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      clinicName\n      email\n      displayName\n      role\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query MyCouple {\n    myCouple {\n      id\n      name\n      confidentialityPolicy\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n": types.MyCoupleDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    status\n    version\n    coupleName\n  }\n"): (typeof documents)["\n  fragment AccountFields on Account {\n    id\n    email\n    displayName\n    role\n    status\n    version\n    coupleName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: AccountFilterInput, $limit: Int!, $offset: Int!) {\n    accounts(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...AccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($filter: AccountFilterInput, $limit: Int!, $offset: Int!) {\n    accounts(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...AccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateAccount($id: ID!) {\n    deactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateAccount($id: ID!) {\n    reactivateAccount(id: $id) {\n      ...AccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    displayName\n    role\n    status\n    createdAt\n    expiresAt\n    invitedByName\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    displayName\n    role\n    status\n    createdAt\n    expiresAt\n    invitedByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations($limit: Int!, $offset: Int!) {\n    invitations(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Invitations($limit: Int!, $offset: Int!) {\n    invitations(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      url\n      emailed\n      invitation {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n    }\n  }\n"): (typeof documents)["\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput, $limit: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        outcome\n        ip\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilterInput, $limit: Int!, $offset: Int!) {\n    auditEvents(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        occurredAt\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        outcome\n        ip\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    accounts(limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    accounts(limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    role\n    clinic {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    role\n    clinic {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload($limit: Int!, $offset: Int!) {\n    caseload(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        name\n        isPrimaryCounselor\n        inCareSince\n        partners {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload($limit: Int!, $offset: Int!) {\n    caseload(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        name\n        isPrimaryCounselor\n        inCareSince\n        partners {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoupleFields on Couple {\n    id\n    name\n    status\n    confidentialityPolicy\n    inCareSince\n    version\n    partners {\n      id\n      displayName\n    }\n    careTeam {\n      counselorId\n      displayName\n      isPrimary\n    }\n  }\n"): (typeof documents)["\n  fragment CoupleFields on Couple {\n    id\n    name\n    status\n    confidentialityPolicy\n    inCareSince\n    version\n    partners {\n      id\n      displayName\n    }\n    careTeam {\n      counselorId\n      displayName\n      isPrimary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Couples($filter: CoupleFilterInput, $limit: Int!, $offset: Int!) {\n    couples(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CoupleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Couples($filter: CoupleFilterInput, $limit: Int!, $offset: Int!) {\n    couples(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...CoupleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Couple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  query Couple($id: ID!) {\n    couple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoupleCandidates {\n    clients: accounts(\n      filter: { role: CLIENT, status: ACTIVE, withoutActiveCouple: true }\n      limit: 200\n    ) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n    counselors: accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoupleCandidates {\n    clients: accounts(\n      filter: { role: CLIENT, status: ACTIVE, withoutActiveCouple: true }\n      limit: 200\n    ) {\n      items {\n        id\n        displayName\n        email\n      }\n    }\n    counselors: accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCouple($input: CreateCoupleInput!) {\n    createCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DischargeCouple($id: ID!) {\n    dischargeCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  mutation DischargeCouple($id: ID!) {\n    dischargeCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCouple($id: ID!) {\n    reopenCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCouple($id: ID!) {\n    reopenCouple(id: $id) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Counselors {\n    accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Counselors {\n    accounts(filter: { role: COUNSELOR, status: ACTIVE }, limit: 200) {\n      items {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCouple($input: UpdateCoupleInput!) {\n    updateCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCouple($input: UpdateCoupleInput!) {\n    updateCouple(input: $input) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCareTeam($coupleId: ID!, $careTeam: CareTeamInput!) {\n    setCareTeam(coupleId: $coupleId, careTeam: $careTeam) {\n      ...CoupleFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCareTeam($coupleId: ID!, $careTeam: CareTeamInput!) {\n    setCareTeam(coupleId: $coupleId, careTeam: $careTeam) {\n      ...CoupleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      clinicName\n      email\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      clinicName\n      email\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCouple {\n    myCouple {\n      id\n      name\n      confidentialityPolicy\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCouple {\n    myCouple {\n      id\n      name\n      confidentialityPolicy\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;