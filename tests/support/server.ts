import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ARTIFACTS_DIR, REPO_ROOT, SERVER_LOG } from './paths';

const SERVER_ENTRY = resolve(REPO_ROOT, 'server/dist/main.js');
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 20_000;
const POSTGRES_STOP_TIMEOUT_MS = 10_000;

/** Where the global setup leaves the server it started for the teardown (same process). */
export const SERVER_KEY = Symbol.for('tandem.e2e.server');

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code or signal once the process has gone. */
  exited: Promise<string>;
  /** The embedded PostgreSQL's folder (TANDEM_DATA_DIR), removed on stop. */
  dataDir: string;
  removeExitHook: () => void;
}

/**
 * Starts `node server/dist/main.js` from the repo root on a free port with a fresh embedded
 * PostgreSQL and the demo clinic, and resolves once /health/ready answers 200. Its output
 * goes to test-artifacts/e2e/server.log. On failure nothing is left running.
 */
export async function startServer(
  /** `env`: settings over the journeys' defaults (an SMTP_URL, say). */
  options: { dataDir?: string; log?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  assertBuilt();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const port = await freePort();
  // Embedded PostgreSQL run as root needs every parent folder traversable; mkdtemp gives 0700.
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'tandem-e2e-')));
  await chmod(dataDir, 0o755);

  const log = openSync(options.log ?? SERVER_LOG, options.log ? 'a' : 'w');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, ['--enable-source-maps', SERVER_ENTRY], {
      cwd: REPO_ROOT,
      env: { ...serverEnvironment(port, dataDir), ...options.env },
      stdio: ['ignore', log, log],
    });
  } finally {
    closeSync(log);
  }
  const exited = new Promise<string>((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit(signal ?? `code ${code}`));
    child.once('error', (error) => resolveExit(`spawn error: ${error.message}`));
  });
  // If jest itself goes away without a teardown, still ask the server (and with it the
  // embedded PostgreSQL) to shut down rather than leave them running.
  const onExit = () => {
    if (isRunning(child)) child.kill('SIGTERM');
  };
  process.on('exit', onExit);
  const server: RunningServer = {
    url: `http://127.0.0.1:${port}`,
    child,
    exited,
    dataDir,
    removeExitHook: () => process.off('exit', onExit),
  };

  try {
    await waitUntilReady(server.url, exited);
  } catch (error) {
    const tail = await logTail();
    await stopServer(server);
    throw new Error(`${(error as Error).message}\n${tail}`);
  }
  return server;
}

/** SIGTERM, up to 20 s for a graceful exit, then SIGKILL; then removes the data folder. */
export async function stopServer(
  server: RunningServer,
  { keepData = false }: { keepData?: boolean } = {},
): Promise<void> {
  server.removeExitHook();
  const notes: string[] = [];
  if (isRunning(server.child)) {
    server.child.kill('SIGTERM');
    if (!(await settlesWithin(server.exited, STOP_TIMEOUT_MS))) {
      notes.push(`the server did not exit within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM: killed`);
      server.child.kill('SIGKILL');
      await server.exited;
    }
  }
  await stopOrphanedPostgres(server.dataDir, notes);
  if (!keepData) await rm(server.dataDir, { recursive: true, force: true, maxRetries: 3 });
  // Written to the log, not the terminal: the test summary must stay the run's last line.
  for (const note of notes) appendFileSync(SERVER_LOG, `[e2e harness] ${note}\n`);
}

/**
 * Polls GET /health/ready until it answers 200. Fails early if `exited` settles (the server
 * process died) and after 90 s otherwise.
 */
export async function waitUntilReady(url: string, exited?: Promise<string>): Promise<void> {
  let exit: string | undefined;
  void exited?.then((how) => (exit = how));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (exit !== undefined) {
      throw new Error(`The Tandem server exited (${exit}) before /health/ready answered 200.`);
    }
    try {
      const response = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
      last = `HTTP ${response.status}`;
      await response.body?.cancel();
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      last = cause?.code ?? (error as Error).message;
    }
    await sleep(300);
  }
  throw new Error(
    `The Tandem server at ${url} was not ready after ${READY_TIMEOUT_MS / 1000} s ` +
      `(last /health/ready: ${last}).`,
  );
}

function serverEnvironment(port: number, dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The server's own integration tests share one database with their workers through
  // DATABASE_URL in this process's environment; the journeys get a fresh embedded cluster
  // of their own unless E2E_DATABASE_URL names a database to use instead.
  delete env.DATABASE_URL;
  if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
  return {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    TANDEM_DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    RUN_MIGRATIONS: 'true',
    TRUST_PROXY: 'false',
    // Every journey's browser signs in from 127.0.0.1; the per-email limits still apply.
    SIGN_IN_ATTEMPTS_PER_IP: '1000',
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'log',
  };
}

function assertBuilt() {
  const clientDist = resolve(REPO_ROOT, process.env.CLIENT_DIST_DIR ?? 'client/dist');
  const missing = [SERVER_ENTRY, resolve(clientDist, 'index.html')].filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `The end-to-end journeys need the built product; missing ${missing
        .map((file) => relative(REPO_ROOT, file))
        .join(', ')}. Run \`npm run build\` first.`,
    );
  }
}

/**
 * If the server was killed, the PostgreSQL it started keeps running: stop it (fast shutdown)
 * from the postmaster.pid in the data folder, so no cluster outlives the run.
 */
async function stopOrphanedPostgres(dataDir: string, notes: string[]) {
  for (const folder of [dataDir, ...(await subfolders(dataDir))]) {
    const pid = await postmasterPid(folder);
    if (pid === undefined) continue;
    notes.push(`stopping PostgreSQL ${pid} left running in ${folder}`);
    signal(pid, 'SIGINT');
    const deadline = Date.now() + POSTGRES_STOP_TIMEOUT_MS;
    while (Date.now() < deadline && (await postmasterPid(folder)) === pid) await sleep(200);
    if ((await postmasterPid(folder)) === pid) signal(pid, 'SIGKILL');
  }
}

/** The pid in `folder`/postmaster.pid when that process is a running postgres. */
async function postmasterPid(folder: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(join(folder, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    const command = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return command.includes('postgres') ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function subfolders(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory()).map((entry) => join(folder, entry.name));
  } catch {
    return [];
  }
}

async function logTail(lines = 40): Promise<string> {
  try {
    const text = (await readFile(SERVER_LOG, 'utf8')).trimEnd();
    const tail = text.split('\n').slice(-lines).join('\n');
    return `Last lines of ${relative(REPO_ROOT, SERVER_LOG)}:\n${tail || '(empty)'}`;
  } catch {
    return `(no ${relative(REPO_ROOT, SERVER_LOG)})`;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

function isRunning(child: ChildProcess) {
  return child.pid !== undefined && child.exitCode === null && child.signalCode === null;
}

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number) {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}
