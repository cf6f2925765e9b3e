import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Ceilings on what one request may ask for, set well above what the dashboard sends (its
 * deepest operation is 4 levels, its largest a few dozen fields) and well below what hurts.
 * graphql-armor 3.2 counts `__typename` aliases too (allowList: []) and no longer lets an
 * operation named `__schema` skip the cost limit.
 */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 2_000,
  maxTokens: 1_500,
  maxDirectives: 20,
} as const;

export function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [], exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: true },
    // graphql-js's own parser limit instead (parseOptions in graphql.options.ts): armor's
    // version re-parses in a plugin hook, and Apollo then answers every syntax error with 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    // Suggestions ("did you mean …") map out the schema; format-error.ts strips every kind of
    // them in production (armor's blocker knew field names in validation only).
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
