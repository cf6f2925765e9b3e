import { Injectable } from '@nestjs/common';
import { ClsService, ClsStore } from 'nestjs-cls';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { Actor } from './actor';

export interface TandemStore extends ClsStore {
  actor?: Actor;
  ip?: string;
  /** The transaction of the current GraphQL operation (see TransactionPlugin). */
  queryRunner?: QueryRunner;
  /** The session could not be looked up (the database was unreachable): who asks is unknown. */
  sessionUnknown?: boolean;
}

/**
 * The one request context: the actor, where the request came from, and the transaction
 * every database read and write of the operation goes through.
 */
@Injectable()
export class RequestContext {
  constructor(private readonly cls: ClsService) {}

  get requestId(): string {
    return this.cls.getId();
  }

  get actor(): Actor | undefined {
    return this.cls.isActive() ? (this.cls.get('actor') as Actor | undefined) : undefined;
  }

  /** The actor, for code that only runs behind the access guard. */
  get requiredActor(): Actor {
    const actor = this.actor;
    if (!actor) throw new Error('No signed-in actor in this request context');
    return actor;
  }

  /** Set when the session lookup failed: the request must not go on as anonymous. */
  get sessionUnknown(): boolean {
    return this.cls.isActive() && this.cls.get('sessionUnknown') === true;
  }

  get ip(): string | undefined {
    return this.cls.get('ip') as string | undefined;
  }

  get queryRunner(): QueryRunner | undefined {
    return this.cls.isActive()
      ? (this.cls.get('queryRunner') as QueryRunner | undefined)
      : undefined;
  }

  set queryRunner(queryRunner: QueryRunner | undefined) {
    this.cls.set('queryRunner', queryRunner);
  }

  /** The operation's transaction, where row-level security sees only the actor's clinic. */
  get manager(): EntityManager {
    const runner = this.queryRunner;
    if (!runner) throw new Error('Database access outside a GraphQL operation transaction');
    return runner.manager;
  }
}
