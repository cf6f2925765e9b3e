import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSub } from 'graphql-subscriptions';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { Sql } from '../database/sql';
import { ACCESS_CHANNEL, type AccessChange } from './access-change';
import { ActivityEvent } from './activity-event';
import { notify } from './live.queries';

const CHANNEL = 'tandem_activity';
export const ACTIVITY_TOPIC = 'activity';

type AccessListener = (change: AccessChange) => void;

/**
 * Live updates across replicas: an event is published with NOTIFY inside the operation's
 * transaction (so only committed work is announced), and every replica LISTENs on one
 * connection and hands what it hears to its own subscribers. Changes of access (see
 * access-change.ts) travel the same way, on a channel of their own.
 */
@Injectable()
export class PgPubSub implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PgPubSub.name);
  private readonly local = new PubSub();
  private listener?: Client;
  private stopping = false;
  private readonly accessListeners = new Set<AccessListener>();

  constructor(
    @InjectDataSource() private readonly app: DataSource,
    private readonly context: RequestContext,
    private readonly sql: Sql,
  ) {}

  async onModuleInit() {
    await this.listen();
  }

  /** Announces an event when the current operation commits. */
  async publish(event: Omit<ActivityEvent, 'at' | 'clinicId'>): Promise<void> {
    const actor = this.context.requiredActor;
    const payload: ActivityEvent = { ...event, clinicId: actor.clinicId, at: new Date() };
    await this.sql.execute(notify, [CHANNEL, JSON.stringify(payload)]);
  }

  asyncIterator(): AsyncIterableIterator<{ activity: ActivityEvent }> {
    return this.local.asyncIterableIterator(ACTIVITY_TOPIC);
  }

  /** Calls `listener` with every change of access any replica announces; returns an unsubscribe. */
  onAccessChange(listener: AccessListener): () => void {
    this.accessListeners.add(listener);
    return () => this.accessListeners.delete(listener);
  }

  private heardAccessChange(change: AccessChange) {
    for (const listener of this.accessListeners) listener(change);
  }

  private async listen(again = false) {
    const { url } = this.app.options as { url: string };
    const client = new Client({ connectionString: url, application_name: 'tandem-live' });
    client.on('notification', ({ channel, payload }) => {
      if (!payload) return;
      if (channel === ACCESS_CHANNEL) {
        this.heardAccessChange(JSON.parse(payload) as AccessChange);
        return;
      }
      const event = JSON.parse(payload) as ActivityEvent;
      event.at = new Date(event.at);
      void this.local.publish(ACTIVITY_TOPIC, { activity: event });
    });
    client.on('error', (error) => {
      this.logger.warn(`Live updates lost their connection: ${error.message}`);
      this.reconnect();
    });
    await client.connect();
    // A session command on the listening connection of its own, not a statement of the data
    // layer: it returns nothing and takes no parameters.
    // eslint-disable-next-line no-restricted-syntax
    await client.query(`LISTEN ${CHANNEL}; LISTEN ${ACCESS_CHANNEL}`);
    this.listener = client;
    // Whatever was announced while the connection was away was not heard: check it all.
    if (again) this.heardAccessChange({ everything: true });
  }

  private reconnect() {
    if (this.stopping) return;
    const client = this.listener;
    this.listener = undefined;
    void client?.end().catch(() => undefined);
    setTimeout(() => {
      if (!this.stopping) this.listen(true).catch(() => this.reconnect());
    }, 1000).unref();
  }

  async onApplicationShutdown() {
    this.stopping = true;
    await this.listener?.end().catch(() => undefined);
  }
}
