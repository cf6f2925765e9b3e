import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from './actor';
import { RequestContext, TandemStore } from './request-context';

/**
 * The request context and transaction of a GraphQL operation, for work that does not come
 * through Apollo's HTTP path (a websocket subscription being set up): the same actor, the
 * same clinic wall, the same audit trail.
 */
@Injectable()
export class ActorTransaction {
  constructor(
    private readonly cls: ClsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly context: RequestContext,
    private readonly audit: AuditService,
  ) {}

  run<T>(actor: Actor, ip: string | undefined, work: () => Promise<T>): Promise<T> {
    return this.cls.run(async () => {
      this.cls.set<TandemStore['actor']>('actor', actor);
      this.cls.set<TandemStore['ip']>('ip', ip);
      const runner = this.dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        await runner.query(
          "SELECT set_config('app.clinic_id', $1, true), set_config('app.user_id', $2, true)",
          [actor.clinicId, actor.userId],
        );
        this.context.queryRunner = runner;
        const result = await work();
        await this.audit.flushInto(runner.manager, actor.clinicId);
        await runner.commitTransaction();
        return result;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        throw error;
      } finally {
        this.context.queryRunner = undefined;
        await runner.release();
        await this.audit.flushAside();
      }
    });
  }
}
