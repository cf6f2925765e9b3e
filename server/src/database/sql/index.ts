export { pg, type PgType } from './pg-type';
export { statement, declaredStatements, type Statement, type AnyStatement } from './statement';
export { SqlSession, sqlOn } from './sql-session';
export { Sql } from './sql';
