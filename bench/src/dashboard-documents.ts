import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { print, type DocumentNode } from 'graphql';

const GENERATED = resolve(__dirname, '../../client/src/graphql/generated/graphql.ts');

/**
 * The exact operation the dashboard sends, read from the client's generated documents, so the
 * benchmark measures what counselors and clients wait for rather than a lighter copy.
 */
export function dashboardDocument(name: string): string {
  const source = readFileSync(GENERATED, 'utf8');
  const prefix = `export const ${name}Document = `;
  const line = source.split('\n').find((candidate) => candidate.startsWith(prefix));
  const end = line?.indexOf(' as unknown as DocumentNode');
  if (!line || end === undefined || end < 0) {
    throw new Error(`No ${name}Document in ${GENERATED}: run npm run codegen -w client`);
  }
  return print(JSON.parse(line.slice(prefix.length, end)) as DocumentNode);
}
