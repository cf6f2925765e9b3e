import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { embedded, SERVER_ENTRY } from '../../../bench/src/server-build';
import { waitUntilReady } from '../../support/server';

export const LOAD_APP_PASSWORD = 'tandem-load-app-only';

export interface ApiProcess {
  url: string;
  /** Resolves with the exit code or signal once the process has gone. */
  exited: Promise<string>;
  signal(signal: NodeJS.Signals): void;
}

/** `node server/dist/main.js` as in production on the given database, on a free port. */
export async function startApi(ownerUrl: string, logFile: string): Promise<ApiProcess> {
  const port = await embedded().freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: ownerUrl,
      APP_DATABASE_PASSWORD: LOAD_APP_PASSWORD,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      RUN_MIGRATIONS: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<string>((done) =>
    child.once('exit', (code, signal) => done(String(signal ?? code))),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(url, exited);
  return { url, exited, signal: (signal) => child.kill(signal) };
}
