import { pg, statement } from '../database/sql';

/**
 * Sends `payload` $2 on channel $1: inside a transaction it is delivered when (and only if) the
 * transaction commits; on a connection of its own, at once.
 */
export const notify = statement({
  name: 'live.notify',
  text: 'SELECT FROM pg_notify($1::text, $2::text)',
  params: [pg.text, pg.text],
});
