/**
 * Loads a bench network into a migrated database:
 *
 *   npm run build -w server && npm run build -w bench
 *   DATABASE_URL=postgres://owner@host/db npm run seed -w bench -- [--quick] [--seed N]
 *     [--clinics N] [--counselors N] [--couples N] [--months N] [--trace]
 *
 * The URL (or --url) must be the owner connection the server migrates with (it bypasses
 * row-level security). Every account signs in with BENCH_PASSWORD.
 */
import { parseArgs } from 'node:util';
import { PasswordHasher } from '@tandem/server/testing';
import { BENCH_PASSWORD, generateNetwork, type Scale, SCALES } from './generate';

async function main() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      trace: { type: 'boolean', default: false },
      url: { type: 'string' },
      seed: { type: 'string' },
      clinics: { type: 'string' },
      counselors: { type: 'string' },
      couples: { type: 'string' },
      months: { type: 'string' },
    },
  });
  const url = values.url ?? process.env.DATABASE_URL;
  if (!url) throw new Error('Give the owner connection with --url or DATABASE_URL');
  const scale: Scale = { ...(values.quick ? SCALES.quick : SCALES.default) };
  for (const key of ['seed', 'clinics', 'counselors', 'couples', 'months'] as const) {
    if (values[key] !== undefined) scale[key] = Number(values[key]);
  }
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`Generating ${JSON.stringify(scale)}`);
  const summary = await generateNetwork(url, scale, log, {
    passwordHash: await new PasswordHasher().hash(BENCH_PASSWORD),
    trace: values.trace,
  });
  log(
    `Named counselors: ${summary.benchCounselors.map((c) => `${c.email} (${c.couples} couples)`).join(', ') || 'none'}`,
  );
  log(
    `Bench client: ${summary.benchClient.email} (counselor ${summary.benchClient.counselorEmail}); password ${BENCH_PASSWORD}`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
