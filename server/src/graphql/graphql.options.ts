import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { formatError } from './format-error';
import { QUERY_LIMITS, queryLimits } from './query-limits';

/** Code-first: the schema comes from the resolvers and is committed as server/schema.graphql. */
export function graphqlOptions(production: boolean): ApolloDriverConfig {
  const limits = queryLimits(production);
  return {
    plugins: limits.plugins,
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    // Apollo's default landing page loads the Sandbox from the internet; keep it local-only.
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
    formatError,
  };
}
