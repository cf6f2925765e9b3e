import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const DATABASE = 'tandem_load';
const RESTART_TIMEOUT_MS = 30_000;
const CLUSTER_PROCESS = resolve(__dirname, 'cluster-process.cjs');

/** A PostgreSQL of its own that a test may kill -9 and start again on the same port. */
export interface ThrowawayCluster {
  ownerUrl: string;
  /** SIGKILL to the postmaster, as a crash would. */
  kill(): void;
  /** Starts it again on the same data and port (crash recovery runs first). */
  restart(): Promise<void>;
  remove(): Promise<void>;
}

interface Running {
  child: ChildProcess;
  port: number;
  url: string;
}

function launch(dataDir: string, port?: number): Promise<Running> {
  const child = spawn(
    process.execPath,
    [CLUSTER_PROCESS, dataDir, DATABASE, ...(port ? [String(port)] : [])],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += String(chunk)));
  return new Promise((done, fail) => {
    createInterface({ input: child.stdout! }).once('line', (line) =>
      done({ child, ...JSON.parse(line) }),
    );
    child.once('exit', (code) => fail(new Error(`PostgreSQL did not start (${code}): ${errors}`)));
  });
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-load-'));
  await chmod(dir, 0o755);
  const dataDir = join(dir, 'pgdata');
  let running = await launch(dataDir);
  const { port, url } = running;
  return {
    ownerUrl: url,
    kill() {
      const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      process.kill(pid, 'SIGKILL');
      running.child.kill('SIGKILL');
    },
    async restart() {
      // The killed server's backends notice and exit on their own; until then a new one
      // refuses to start (their shared memory is still attached).
      const deadline = Date.now() + RESTART_TIMEOUT_MS;
      for (;;) {
        try {
          running = await launch(dataDir, port);
          return;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((done) => setTimeout(done, 250));
        }
      }
    },
    async remove() {
      const exited = new Promise((done) => running.child.once('exit', done));
      running.child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
