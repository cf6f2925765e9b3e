import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { describeStatement } from '../src/database/sql/describe';
import { declaredStatements, type AnyStatement } from '../src/database/sql';
import { createTestDatabase, type TestDatabase } from './database';

const SOURCE = resolve(__dirname, '../src');

/** Every `*.queries.ts` of the server: the files that own the modules' SQL. */
function statementFiles(folder = SOURCE): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return statementFiles(path);
    return entry.name.endsWith('.queries.ts') ? [path] : [];
  });
}

function typeName(names: Map<number, string>, oid: number): string {
  return names.get(oid) ?? `oid ${oid}`;
}

describe('every declared SQL statement matches the migrated schema', () => {
  let database: TestDatabase;
  let client: Client;
  let statements: AnyStatement[];
  const typeNames = new Map<number, string>();

  beforeAll(async () => {
    for (const file of statementFiles()) await import(file);
    statements = declaredStatements();
    database = await createTestDatabase({ demo: false });
    client = new Client({ connectionString: database.ownerUrl });
    await client.connect();
    const types = await client.query<{ oid: number; typname: string }>(
      'SELECT oid::int AS oid, typname FROM pg_type',
    );
    for (const row of types.rows) typeNames.set(row.oid, row.typname);
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('finds the statements of every module', () => {
    expect(statementFiles().length).toBeGreaterThan(0);
    expect(statements.length).toBeGreaterThan(0);
  });

  it('declares exactly the columns and parameter types PostgreSQL describes', async () => {
    const problems: string[] = [];
    for (const declared of statements) {
      let shape;
      try {
        shape = await describeStatement(client, declared.text);
      } catch (error) {
        problems.push(`${declared.name}: PostgreSQL refuses it: ${(error as Error).message}`);
        continue;
      }
      const declaredParams = declared.params.map((type) => type.typname);
      const describedParams = shape.paramTypeOids.map((oid) => typeName(typeNames, oid));
      if (declaredParams.join(',') !== describedParams.join(',')) {
        problems.push(
          `${declared.name}: parameters declared (${declaredParams.join(', ')}) but described (${describedParams.join(', ')})`,
        );
      }
      const declaredColumns = Object.entries(declared.row).map(
        ([name, type]) => `${name} ${type.typname}`,
      );
      const describedColumns = shape.columns.map(
        (column) => `${column.name} ${typeName(typeNames, column.typeOid)}`,
      );
      if ([...declaredColumns].sort().join(',') !== [...describedColumns].sort().join(',')) {
        problems.push(
          `${declared.name}: columns declared (${declaredColumns.join(', ')}) but described (${describedColumns.join(', ')})`,
        );
      }
    }
    expect(problems).toEqual([]);
  });
});
