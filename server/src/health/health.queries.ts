import { pg, statement } from '../database/sql';

/** Answers when the database does. */
export const ping = statement({
  name: 'health.ping',
  text: 'SELECT 1::int AS up',
  params: [],
  row: { up: pg.int4 },
});
