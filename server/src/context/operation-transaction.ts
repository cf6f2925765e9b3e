import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource, type QueryRunner } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { sqlOn } from '../database/sql';
import type { Actor } from './actor';
import { setActorOfTransaction } from './context.queries';
import { RequestContext, type TandemStore } from './request-context';

/**
 * The one way an operation gets its transaction, over HTTP and over the websocket alike: on
 * the application role, with the actor's clinic and user set transaction-locally for row-level
 * security (a pooled connection never carries them into the next operation), and the audit
 * written inside it on commit, or on its own after a rollback.
 */
@Injectable()
export class OperationTransaction {
  constructor(
    private readonly cls: ClsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
  ) {}

  /** Opens the transaction for the context's actor and makes it the operation's. */
  async open(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      const actor = this.context.actor;
      await sqlOn(runner.manager).one(setActorOfTransaction, [
        actor?.clinicId ?? '',
        actor?.userId ?? '',
      ]);
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw error;
    }
    this.context.queryRunner = runner;
    return runner;
  }

  /**
   * Commits when the operation succeeded (its audit inside the same transaction), otherwise
   * rolls back; then releases the connection and writes the audit that is left (denials,
   * reads, another clinic's records). Rejects when the commit failed: nothing was stored.
   */
  async finish(runner: QueryRunner, succeeded: boolean): Promise<void> {
    this.context.queryRunner = undefined;
    try {
      if (succeeded && runner.isTransactionActive) {
        await this.audit.flushInto(runner.manager, this.context.actor?.clinicId);
        await runner.commitTransaction();
      } else {
        this.audit.discardHeld();
        if (runner.isTransactionActive) await runner.rollbackTransaction();
      }
    } catch (error) {
      this.audit.discardHeld();
      throw error;
    } finally {
      await runner.release();
      await this.audit.flushAside();
    }
  }

  /** Work outside Apollo's HTTP path (a websocket subscription being set up), as `actor`. */
  run<T>(actor: Actor, ip: string | undefined, work: () => Promise<T>): Promise<T> {
    return this.cls.run(async () => {
      this.cls.set<TandemStore['actor']>('actor', actor);
      this.cls.set<TandemStore['ip']>('ip', ip);
      const runner = await this.open();
      let result: T;
      try {
        result = await work();
      } catch (error) {
        await this.finish(runner, false);
        throw error;
      }
      await this.finish(runner, true);
      return result;
    });
  }
}
