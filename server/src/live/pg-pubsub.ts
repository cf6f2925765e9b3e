import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PubSub } from 'graphql-subscriptions';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { ActivityEvent } from './activity-event';

const CHANNEL = 'tandem_activity';
export const ACTIVITY_TOPIC = 'activity';

/**
 * Live updates across replicas: an event is published with NOTIFY inside the operation's
 * transaction (so only committed work is announced), and every replica LISTENs on one
 * connection and hands what it hears to its own subscribers.
 */
@Injectable()
export class PgPubSub implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PgPubSub.name);
  private readonly local = new PubSub();
  private listener?: Client;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly app: DataSource,
    private readonly context: RequestContext,
  ) {}

  async onModuleInit() {
    await this.listen();
  }

  /** Announces an event when the current operation commits. */
  async publish(event: Omit<ActivityEvent, 'at' | 'clinicId'>): Promise<void> {
    const actor = this.context.requiredActor;
    const payload: ActivityEvent = { ...event, clinicId: actor.clinicId, at: new Date() };
    await this.context.manager.query('SELECT pg_notify($1, $2)', [
      CHANNEL,
      JSON.stringify(payload),
    ]);
  }

  asyncIterator(): AsyncIterableIterator<{ activity: ActivityEvent }> {
    return this.local.asyncIterableIterator(ACTIVITY_TOPIC);
  }

  private async listen() {
    const { url } = this.app.options as { url: string };
    const client = new Client({ connectionString: url, application_name: 'tandem-live' });
    client.on('notification', ({ payload }) => {
      if (!payload) return;
      const event = JSON.parse(payload) as ActivityEvent;
      event.at = new Date(event.at);
      void this.local.publish(ACTIVITY_TOPIC, { activity: event });
    });
    client.on('error', (error) => {
      this.logger.warn(`Live updates lost their connection: ${error.message}`);
      this.reconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  private reconnect() {
    if (this.stopping) return;
    const client = this.listener;
    this.listener = undefined;
    void client?.end().catch(() => undefined);
    setTimeout(() => {
      if (!this.stopping) this.listen().catch(() => this.reconnect());
    }, 1000).unref();
  }

  async onApplicationShutdown() {
    this.stopping = true;
    await this.listener?.end().catch(() => undefined);
  }
}
