import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { RequestContext } from '../context/request-context';
import { APP_ROLE } from '../database/data-source';
import { OWNER_CONNECTION } from '../database/database.module';

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background work on pg-boss, in PostgreSQL: no second server, and safe with several
 * replicas (a cron schedule fires once across them; a job with a fixed id is queued once).
 * pg-boss runs on the owner connection; jobs queued by a request go into the request's own
 * transaction, so a rolled-back operation leaves no job behind.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private started?: Promise<void>;

  constructor(
    @InjectDataSource(OWNER_CONNECTION) owner: DataSource,
    private readonly context: RequestContext,
  ) {
    const { url } = owner.options as { url: string };
    this.boss = new PgBoss({ connectionString: url, max: 3, application_name: 'tandem-jobs' });
    this.boss.on('error', (error) => this.logger.error(`Job queue: ${error.message}`));
  }

  /** Creates the queue (and pg-boss's schema, the first time); idempotent. */
  async queue(name: string): Promise<void> {
    await this.start();
    await this.boss.createQueue(name);
  }

  /** Runs `handler` for each job of `name`, in whichever replica fetches it first. */
  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    await this.queue(name);
    await this.boss.work<T>(name, { pollingIntervalSeconds: 1 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  /** Queues `name` on a cron schedule, shared by every replica. */
  async schedule(name: string, cron: string): Promise<void> {
    await this.queue(name);
    await this.boss.schedule(name, cron);
  }

  /**
   * Queues a job inside the current operation's transaction. A job with the same id is only
   * ever queued once, which is what makes a retried producer harmless.
   */
  async sendInTransaction(name: string, data: object, id: string): Promise<void> {
    const runner = this.context.queryRunner as PostgresQueryRunner | undefined;
    if (!runner) throw new Error('sendInTransaction needs an operation transaction');
    const client = (await runner.connect()) as PoolClient;
    await this.boss.send(name, data, {
      id,
      retryLimit: 5,
      retryBackoff: true,
      db: {
        // pg-boss's own statement on the operation's connection: its rows go back to pg-boss,
        // never to a service, so it needs no declared statement.
        // eslint-disable-next-line no-restricted-syntax
        executeSql: (text, values) => client.query(text, values),
      },
    });
  }

  /** Queues a job from outside a request (a job handler). */
  async send(name: string, data: object, id: string): Promise<void> {
    await this.start();
    await this.boss.send(name, data, { id, retryLimit: 5, retryBackoff: true });
  }

  private start(): Promise<void> {
    this.started ??= this.boss.start().then(() => this.grantQueueing());
    return this.started;
  }

  /** What the application role needs to queue a job inside its own transaction. */
  private async grantQueueing() {
    const owner = this.boss.getDb();
    await owner.executeSql(`GRANT USAGE ON SCHEMA pgboss TO ${APP_ROLE}`, []);
    await owner.executeSql(`GRANT SELECT ON pgboss.queue TO ${APP_ROLE}`, []);
    await owner.executeSql(`GRANT INSERT, SELECT (id) ON pgboss.job TO ${APP_ROLE}`, []);
  }

  async onApplicationShutdown() {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 }).catch((error: Error) => {
      this.logger.warn(`Job queue did not stop cleanly: ${error.message}`);
    });
  }
}
