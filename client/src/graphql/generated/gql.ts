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
    "\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n    }\n  }\n": typeof types.ClinicOverviewDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    role\n    clinic {\n      id\n      name\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Caseload($limit: Int!, $offset: Int!) {\n    caseload(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        name\n        isPrimaryCounselor\n        inCareSince\n        partners {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query MyCouple {\n    myCouple {\n      id\n      name\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n": typeof types.MyCoupleDocument,
};
const documents: Documents = {
    "\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n    }\n  }\n": types.ClinicOverviewDocument,
    "\n  fragment ViewerFields on Viewer {\n    id\n    email\n    displayName\n    role\n    clinic {\n      id\n      name\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Caseload($limit: Int!, $offset: Int!) {\n    caseload(limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        id\n        name\n        isPrimaryCounselor\n        inCareSince\n        partners {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query MyCouple {\n    myCouple {\n      id\n      name\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n": types.MyCoupleDocument,
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
export function graphql(source: "\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n    }\n  }\n"): (typeof documents)["\n  query ClinicOverview {\n    clinicOverview {\n      clinic {\n        id\n        name\n      }\n      counselorCount\n      clientCount\n      activeCoupleCount\n    }\n  }\n"];
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
export function graphql(source: "\n  query MyCouple {\n    myCouple {\n      id\n      name\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCouple {\n    myCouple {\n      id\n      name\n      partner {\n        id\n        displayName\n      }\n      careTeam {\n        counselorId\n        displayName\n        isPrimary\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;