import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { SessionService } from '../auth/session.service';
import type { Actor } from '../context/actor';
import { unauthenticated } from '../graphql/errors';
import type { AccessChange } from './access-change';
import { PgPubSub } from './pg-pubsub';
import { WatchedStream } from './watched-stream';

/** setTimeout's longest wait is ~24 days; sessions may last 30. Look again at least hourly. */
const LONGEST_WAIT_MS = 60 * 60 * 1000;
/** When a check could not be made (the database away), when to try again. */
const RETRY_MS = 5_000;

export interface WatchOptions {
  actor: Actor;
  ip: string | undefined;
  /** Whether a change of these couples may concern the subscription. */
  concerns: (coupleIds: string[]) => boolean;
  /**
   * Checks again what the subscription needs beyond a live session, and updates what it
   * covers; throws a coded GraphQLError to end it.
   */
  recheck: () => Promise<void>;
}

interface Watched extends WatchOptions {
  stream: WatchedStream<unknown>;
  timer?: NodeJS.Timeout;
  /** The checks started so far, one after another; settles when the last one has. */
  checks: Promise<void>;
}

/**
 * Keeps running subscriptions to what their subscriber may still see. Each one ends with a
 * coded error the moment its reason to exist does: when its session ends (sign-out,
 * deactivation, password change, found by an announcement; idle or absolute timeout, by a
 * timer set to the session's own deadline), or when a change of its couples (care team,
 * discharge) fails its recheck. Announcements come from any replica over LISTEN/NOTIFY.
 */
@Injectable()
export class SubscriptionWatch implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SubscriptionWatch.name);
  private readonly watched = new Set<Watched>();
  private stopListening?: () => void;

  constructor(
    private readonly pubSub: PgPubSub,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit() {
    this.stopListening = this.pubSub.onAccessChange((change) => this.changed(change));
  }

  onModuleDestroy() {
    this.stopListening?.();
    for (const watched of this.watched) clearTimeout(watched.timer);
  }

  /** The events of `source` that `keep` accepts, for as long as `options` allow. */
  stream<T>(
    source: AsyncIterableIterator<T>,
    keep: (item: T) => boolean,
    options: WatchOptions,
  ): AsyncIterableIterator<T> {
    const watched = { ...options, checks: Promise.resolve() } as Watched;
    const stream = new WatchedStream(
      source,
      keep,
      () => {
        clearTimeout(watched.timer);
        this.watched.delete(watched);
      },
      () => watched.checks,
    );
    watched.stream = stream as WatchedStream<unknown>;
    this.watched.add(watched);
    this.enqueue(watched, () => this.checkSession(watched));
    return stream;
  }

  /**
   * Starts the checks a change calls for at once (synchronously, as it is heard), so that an
   * event announced after the change waits for them (see WatchedStream).
   */
  private changed(change: AccessChange) {
    for (const watched of this.watched) {
      if (change.clinicId && change.clinicId !== watched.actor.clinicId) continue;
      const session = change.everything || change.userIds?.includes(watched.actor.userId);
      const couples =
        change.everything || (!!change.coupleIds && watched.concerns(change.coupleIds));
      if (session) this.enqueue(watched, () => this.checkSession(watched));
      if (couples) this.enqueue(watched, () => this.recheck(watched));
    }
  }

  private enqueue(watched: Watched, check: () => Promise<void>) {
    watched.checks = watched.checks.then(check);
  }

  /** Ends the subscription if its session has; otherwise looks again at the session's deadline. */
  private async checkSession(watched: Watched) {
    clearTimeout(watched.timer);
    let left: number | undefined;
    try {
      left = (await this.sessions.timeLeft([watched.actor.sessionId])).get(watched.actor.sessionId);
    } catch (error) {
      this.logger.warn(`Could not check a subscription's session: ${(error as Error).message}`);
      this.wakeIn(watched, RETRY_MS);
      return;
    }
    if (!this.watched.has(watched)) return;
    if (left === undefined) {
      watched.stream.end(unauthenticated('Your session has ended. Sign in again.'));
      return;
    }
    // Just past the deadline, when the database will agree that it has passed.
    this.wakeIn(watched, Math.min(Math.max(left, 0) + 100, LONGEST_WAIT_MS));
  }

  private wakeIn(watched: Watched, ms: number) {
    clearTimeout(watched.timer);
    watched.timer = setTimeout(() => this.enqueue(watched, () => this.checkSession(watched)), ms);
    watched.timer.unref();
  }

  private async recheck(watched: Watched) {
    try {
      await watched.recheck();
    } catch (error) {
      if (error instanceof GraphQLError) watched.stream.end(error);
      else this.logger.warn(`Could not recheck a subscription: ${(error as Error).message}`);
    }
  }
}
