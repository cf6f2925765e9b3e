import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

export default async function globalTeardown() {
  const started = globalThis.__TANDEM_DEBIAN_CLUSTER__;
  if (!started) return;
  await promisify(execFile)(
    join(started.bin, 'pg_ctl'),
    ['-D', started.data, '-m', 'fast', '-w', 'stop'],
    started.options,
  ).catch(() => undefined);
  await rm(started.dir, { recursive: true, force: true });
}
