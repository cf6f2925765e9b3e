import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, resolve } from 'node:path';
import { REPO_ROOT } from '../support/paths';

/**
 * Node 24 is the runtime whatever `node` the shell has: the root package.json pins it as the
 * devDependency `node`, whose binary npm puts first on PATH for every script. These tests
 * hold the pins together and check that the README's commands really run on it.
 */

const WORKSPACES = ['shared', 'server', 'client', 'tests', 'bench'];

interface Manifest {
  engines?: { node?: string };
  devDependencies?: Record<string, string>;
}

function manifest(folder: string): Manifest {
  return JSON.parse(readFileSync(resolve(REPO_ROOT, folder, 'package.json'), 'utf8')) as Manifest;
}

function versionParts(version: string): number[] {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(version.trim());
  if (!match) throw new Error(`not a Node version: ${version}`);
  return [1, 2, 3].map((group) => Number(match[group] ?? 0));
}

/** True when `version` meets `range`, which must be a plain `>=X.Y[.Z]` (all this repo uses). */
function satisfies(version: string, range: string): boolean {
  const minimum = /^>=\s*(\S+)$/.exec(range.trim());
  if (!minimum) throw new Error(`engines.node is not a plain >= range: ${range}`);
  const have = versionParts(version);
  const need = versionParts(minimum[1]);
  const differs = have.findIndex((part, index) => part !== need[index]);
  return differs === -1 || have[differs] > need[differs];
}

const root = manifest('.');
const enginesNode = root.engines?.node ?? '(missing)';
const pinned = root.devDependencies?.node ?? '(missing)';

/** A port nothing listens on: a DATABASE_URL there fails at once with ECONNREFUSED. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

/**
 * The environment of a new terminal on this machine: no npm variables, and no
 * node_modules/.bin on PATH (which `npm test` put there), so `node` and `npm` are the system's.
 */
function freshShellEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(name) || name === 'NODE' || name === 'INIT_CWD') continue;
    environment[name] = value;
  }
  environment.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((folder) => !/node_modules[\\/]\.bin$|node-gyp-bin/.test(folder))
    .join(delimiter);
  return environment;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((done, fail) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, output }));
  });
}

describe('the Node runtime', () => {
  it('is pinned once: the node devDependency, .nvmrc and both images name one version that meets engines', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(satisfies(pinned, enginesNode)).toBe(true);
    for (const workspace of WORKSPACES) {
      expect({ workspace, engines: manifest(workspace).engines?.node }).toEqual({
        workspace,
        engines: enginesNode,
      });
    }
    expect(readFileSync(resolve(REPO_ROOT, '.nvmrc'), 'utf8').trim()).toBe(pinned);
    // The API's image builds and runs on it; the web image builds the dashboard on it.
    for (const [file, stages] of [
      ['Dockerfile', ['FROM ${NODE_IMAGE}', 'FROM ${NODE_IMAGE}']],
      ['deploy/web.Dockerfile', ['FROM ${NODE_IMAGE}', 'FROM nginx:1.27-alpine']],
    ] as const) {
      const dockerfile = readFileSync(resolve(REPO_ROOT, file), 'utf8');
      const image = /^ARG NODE_IMAGE=node:(\S+)-bookworm-slim$/m.exec(dockerfile)?.[1];
      expect({ file, image, stages: dockerfile.match(/^FROM \S+/gm) }).toEqual({
        file,
        image: pinned,
        stages,
      });
    }
  });

  it('runs these tests (and so the server they start) on a Node that meets engines', () => {
    // The e2e server is spawned with process.execPath: npm test's Node is the server's too.
    expect({
      node: process.version,
      meetsEngines: satisfies(process.version, enginesNode),
    }).toEqual({ node: process.version, meetsEngines: true });
  });

  it('npm start, typed in a shell whose node is the system one, starts the server on the pinned Node', async () => {
    const environment = freshShellEnvironment();
    const shellNode = await run('node', ['--version'], environment);
    // A database that refuses connections: the server logs its runtime, then stops at once.
    Object.assign(environment, {
      DATABASE_URL: `postgres://tandem:unused@127.0.0.1:${await closedPort()}/tandem`,
      NODE_ENV: 'development',
      LOG_LEVEL: 'log',
      PORT: '0',
    });
    const { code, output } = await run('npm', ['start'], environment);

    const started = output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { message?: unknown }).message)
      .find((message) => typeof message === 'string' && message.startsWith('Starting on Node '));
    const context = `shell's node: ${shellNode.output.trim()}\nnpm start printed:\n${output}`;
    expect({ started, context }).toEqual({ started: `Starting on Node v${pinned}`, context });
    expect(output).toContain('Tandem could not start: connect ECONNREFUSED');
    expect(code).not.toBe(0);
  });
});
