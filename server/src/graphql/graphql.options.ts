import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { SCALARS_MAP } from './date-time.scalar';
import { errorFormatter } from './format-error';
import { storableTextGuard } from './storable-text.plugin';
import { QUERY_LIMITS, queryLimits } from './query-limits';

/** @apollo/server's plugin type as @nestjs/apollo sees it (it resolves its own copy). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** Code-first: the schema comes from the resolvers and is committed as server/schema.graphql. */
export function graphqlOptions(production: boolean): ApolloDriverConfig {
  const limits = queryLimits();
  return {
    plugins: [
      // Apollo's cache-control plugin wraps every field resolver to compute HTTP cache hints
      // that Tandem never sends (private data is never cached): off (docs/performance.md).
      ApolloServerPluginCacheControlDisabled() as ApolloPlugin,
      storableTextGuard() as ApolloPlugin,
      ...limits.plugins,
    ],
    validationRules: limits.validationRules,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    path: '/graphql',
    autoSchemaFile: true,
    buildSchemaOptions: { scalarsMap: SCALARS_MAP },
    sortSchema: true,
    introspection: !production,
    // Apollo's default landing page loads the Sandbox from the internet; keep it local-only.
    playground: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Subscriptions are served by live/socket-server.ts, which passes its own context.
    context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
    formatError: errorFormatter(production),
  };
}
