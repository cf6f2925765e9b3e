import { Logger } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

const logger = new Logger('Database');

/**
 * When PostgreSQL goes away, pg emits 'error' on every client, also on those a query runner
 * holds; TypeORM listens only until the first one, and an 'error' nobody hears ends the
 * process. Every client of the pool keeps one listener of ours for its whole life, so an
 * outage is answered with UNAVAILABLE and the pool reconnects once PostgreSQL is back.
 */
export function hearConnectionErrors(dataSource: DataSource): DataSource {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const heard = new WeakSet<PoolClient>();
  const hear = (client: PoolClient) => {
    if (heard.has(client)) return;
    heard.add(client);
    client.on('error', (error) => logger.warn(`A database connection failed: ${error.message}`));
  };
  pool.on('connect', hear);
  pool.on('acquire', hear);
  return dataSource;
}
