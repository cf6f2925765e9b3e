import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEnvironment } from '../../config/environment';
import { createDataSource } from '../data-source';
import { migrateDatabase } from '../migrate';
import { provisionDatabase } from '../provision';

/**
 * Writes a new migration with the SQL that brings the migrated schema to the entities.
 * Usage: npm run migration:generate -w server -- <Name>. Row-level security and grants
 * for new clinical tables are added by hand (protectClinicalTable).
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Give the migration a PascalCase name: migration:generate -- AddExercises');
  }
  const database = await provisionDatabase(loadEnvironment(process.env), console.warn);
  try {
    await migrateDatabase(database.ownerUrl, database.appPassword, { log: console.warn });
    const owner = await createDataSource(database.ownerUrl, 'owner').initialize();
    const sql = await owner.driver.createSchemaBuilder().log();
    await owner.destroy();
    if (sql.upQueries.length === 0) {
      console.warn('Entities and migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const line = (query: { query: string }) =>
      `    await queryRunner.query(${JSON.stringify(query.query)});`;
    const file = resolve(__dirname, '../../../src/database/migrations', `${timestamp}-${kebab}.ts`);
    writeFileSync(
      file,
      `import { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${name}${timestamp} implements MigrationInterface {\n` +
        `  async up(queryRunner: QueryRunner): Promise<void> {\n${sql.upQueries.map(line).join('\n')}\n  }\n\n` +
        `  async down(queryRunner: QueryRunner): Promise<void> {\n${[...sql.downQueries].reverse().map(line).join('\n')}\n  }\n}\n`,
    );
    console.warn(`Wrote ${file}; add it to migrations/index.ts.`);
  } finally {
    await database.embedded?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
