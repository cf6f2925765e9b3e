import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ValidationRule,
} from 'graphql';
import { badUserInput } from './errors';
import { QUERY_LIMITS, queryLimits } from './query-limits';
import { storableTextProblem } from './storable-text.plugin';

/** What a graphql-ws `subscribe` message carries. */
export interface SocketPayload {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

export interface PreparedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variableValues: Record<string, unknown> | undefined;
}

const SUBSCRIPTIONS_ONLY =
  'The websocket carries subscriptions only; send queries and mutations to /graphql over HTTP.';

/**
 * The checks HTTP requests pass in Apollo, for websocket messages: the same parser limit,
 * the same validation rules (graphql-js's, graphql-armor's limits, no introspection in
 * production), text PostgreSQL can store, and variables of the right types. Errors carry
 * Apollo's codes, so the one error formatter turns them into the same answers as over HTTP.
 */
export function socketOperationRules(production: boolean): ValidationRule[] {
  return [
    ...specifiedRules,
    ...(production ? [noIntrospection] : []),
    ...(queryLimits().validationRules as ValidationRule[]),
  ];
}

/** Apollo's rule where introspection is off: one error per `__schema` or `__type` asked for. */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError(
          'GraphQL introspection is not allowed here, but the query contained __schema or __type.',
          { nodes: [node] },
        ),
      );
    }
  },
});

/** The execution arguments of a websocket message, or why it is refused. */
export function prepareSocketOperation(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  payload: SocketPayload,
): PreparedOperation | GraphQLError[] {
  if (typeof payload.query !== 'string') return [badUserInput('Send a GraphQL document.')];
  const operationName =
    typeof payload.operationName === 'string' ? payload.operationName : undefined;
  const variables = payload.variables ?? undefined;
  if (variables !== undefined && (typeof variables !== 'object' || Array.isArray(variables))) {
    return [badUserInput('Variables must be an object.')];
  }
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return [coded(error, 'GRAPHQL_PARSE_FAILED')];
  }
  const problem = storableTextProblem(variables, document);
  if (problem) return [badUserInput(problem)];
  const invalid = validate(schema, document, rules);
  if (invalid.length) return invalid.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED'));
  const operation = getOperationAST(document, operationName);
  if (!operation) return [badUserInput('Name the one operation of the document to run.')];
  const variableValues = variables as Record<string, unknown> | undefined;
  const coerced = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    variableValues ?? {},
  );
  if (coerced.errors) return coerced.errors.map((error) => coded(error, 'BAD_USER_INPUT'));
  // Last, so that a query or mutation sent here learns first what HTTP would have told it.
  if (operation.operation !== 'subscription') return [badUserInput(SUBSCRIPTIONS_ONLY)];
  return { schema, document, operationName, variableValues };
}

/** The error with `code`, unless it already carries one (graphql-armor's do). */
function coded(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}
