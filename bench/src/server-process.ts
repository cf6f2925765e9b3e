import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { freePort } from '@tandem/server/testing';

/** The server's build, as `npm start` runs it. */
const SERVER_ENTRY = require.resolve('@tandem/server');

export interface ServerProcess {
  url: string;
  /** Resolves with the exit code or signal once the process has gone. */
  exited: Promise<string>;
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 90_000;

/**
 * `node server/dist/main.js` on a migrated database, as in production (no demo data, no
 * migrations at start, warnings only in its log), on a free local port. The benchmark and
 * the load suite (several replicas, appending to one log) start their servers this way.
 */
export async function startServer(options: {
  ownerUrl: string;
  appPassword: string;
  logFile: string;
  appendLog?: boolean;
}): Promise<ServerProcess> {
  const port = await freePort();
  const log = openSync(options.logFile, options.appendLog ? 'a' : 'w');
  const child: ChildProcess = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: options.ownerUrl,
      APP_DATABASE_PASSWORD: options.appPassword,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      RUN_MIGRATIONS: 'false',
      LOG_LEVEL: 'warn',
      // Every measured user signs in once from this one address.
      SIGN_IN_ATTEMPTS_PER_IP: '100000',
    },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<string>((done) =>
    child.once('exit', (code, signal) => done(String(signal ?? code))),
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited (${child.exitCode}); see ${options.logFile}`);
    }
    const ready = await fetch(`${url}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, exited, signal: (signal) => child.kill(signal), stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The server was not ready within ${READY_TIMEOUT_MS / 1000} s`);
}
