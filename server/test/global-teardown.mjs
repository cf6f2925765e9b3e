import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const started = globalThis.__TANDEM_TEST_CLUSTER__;
  if (!started) return;
  await started.cluster.stop();
  await rm(started.dir, { recursive: true, force: true });
}
