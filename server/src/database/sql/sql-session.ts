import type { EntityManager, QueryRunner } from 'typeorm';
import type { Statement } from './statement';

/**
 * Runs declared statements and hands back their declared rows: the only way services reach
 * the database, so no untyped result leaves this folder.
 */
export class SqlSession {
  constructor(
    private readonly withRunner: <T>(work: (runner: QueryRunner) => Promise<T>) => Promise<T>,
  ) {}

  /** Every row the statement returns. */
  async rows<Params extends unknown[], Row>(
    statement: Statement<Params, Row>,
    params: Params,
  ): Promise<Row[]> {
    return (await this.run(statement, params)).records as Row[];
  }

  /** The statement's single row; anything else is a bug in the statement or its caller. */
  async one<Params extends unknown[], Row>(
    statement: Statement<Params, Row>,
    params: Params,
  ): Promise<Row> {
    const rows = await this.rows(statement, params);
    if (rows.length !== 1) {
      throw new Error(
        `${statement.name} returned ${rows.length} rows where exactly one was expected`,
      );
    }
    return rows[0]!;
  }

  /** The statement's row, or undefined when there is none. */
  async maybeOne<Params extends unknown[], Row>(
    statement: Statement<Params, Row>,
    params: Params,
  ): Promise<Row | undefined> {
    const rows = await this.rows(statement, params);
    if (rows.length > 1) {
      throw new Error(
        `${statement.name} returned ${rows.length} rows where at most one was expected`,
      );
    }
    return rows[0];
  }

  /** Runs a write and answers how many rows it touched. */
  async execute<Params extends unknown[], Row>(
    statement: Statement<Params, Row>,
    params: Params,
  ): Promise<number> {
    return (await this.run(statement, params)).affected ?? 0;
  }

  private run(statement: Statement<unknown[], unknown>, params: unknown[]) {
    return this.withRunner((runner) => runner.query(statement.text, params, true));
  }
}

/**
 * Statements on a given manager: a transaction's (its runner), or a DataSource's, where each
 * statement borrows a pooled connection for itself (jobs and scripts on the owner role).
 */
export function sqlOn(manager: EntityManager): SqlSession {
  return new SqlSession(async (work) => {
    if (manager.queryRunner) return work(manager.queryRunner);
    const runner = manager.connection.createQueryRunner();
    try {
      return await work(runner);
    } finally {
      await runner.release();
    }
  });
}
