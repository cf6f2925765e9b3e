import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchemaFromCode, formatSchema } from '../print-schema';

/** Writes server/schema.graphql, the contract the client's types are generated from. */
async function main() {
  const file = resolve(__dirname, '../../../schema.graphql');
  writeFileSync(file, formatSchema(await buildSchemaFromCode()));
  console.warn(`Wrote ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
