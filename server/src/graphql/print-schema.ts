import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { SCALARS_MAP } from './date-time.scalar';
import { RESOLVERS } from './resolvers';

export const SCHEMA_HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------
`;

/** The committed form of a schema: sorted, so diffs show only real changes. */
export function formatSchema(schema: GraphQLSchema): string {
  return `${SCHEMA_HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Builds the code-first schema from the resolvers alone (no database, no HTTP). */
export async function buildSchemaFromCode(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    return await app.get(GraphQLSchemaFactory).create(RESOLVERS, { scalarsMap: SCALARS_MAP });
  } finally {
    await app.close();
  }
}
