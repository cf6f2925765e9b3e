import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../context/request-context';
import { SqlSession } from './sql-session';

/**
 * Declared statements on the current operation's transaction, where row-level security sees
 * only the actor's clinic.
 */
@Injectable()
export class Sql extends SqlSession {
  constructor(context: RequestContext) {
    super((work) => {
      const runner = context.queryRunner;
      if (!runner) throw new Error('Database access outside an operation transaction');
      return work(runner);
    });
  }
}
