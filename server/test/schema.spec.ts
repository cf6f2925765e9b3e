import { GraphQLSchemaHost } from '@nestjs/graphql';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchemaFromCode, formatSchema } from '../src/graphql/print-schema';
import { startTestApp, TestApp } from './app';

const COMMITTED = resolve(__dirname, '../schema.graphql');

describe('the committed GraphQL schema', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp();
  });
  afterAll(() => test.close());

  it('is exactly what the running API serves (run `npm run schema:emit` after changing it)', () => {
    const served = formatSchema(test.app.get(GraphQLSchemaHost).schema);
    expect(readFileSync(COMMITTED, 'utf8')).toBe(served);
  });

  it('is what the schema script prints from the code alone', async () => {
    expect(formatSchema(await buildSchemaFromCode())).toBe(readFileSync(COMMITTED, 'utf8'));
  });
});
