import operations from '../../client/src/graphql/generated/operations.json';

/** An operation the dashboard sends, by its GraphQL name (`Caseload`, `SubmitExercise`). */
export type DashboardOperation = keyof typeof operations;

/**
 * The exact text of an operation the dashboard sends, as the client's codegen writes it
 * (npm run codegen -w client), so the benchmark measures what counselors and clients wait for
 * rather than a lighter copy.
 */
export function dashboardDocument(name: DashboardOperation): string {
  return operations[name];
}
