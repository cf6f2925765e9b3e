import { randomBytes } from 'node:crypto';
import { hashSecretToken, migrateDatabase } from '@tandem/server/testing';
import { CHECKIN_INSTRUMENT, type Prompt } from '@tandem/shared';
import { Client } from 'pg';
import { withClient } from '../../../bench/src/bench-database';
import { generateNetwork } from '../../../bench/src/generate';
import { giveOpenTodos } from '../../../bench/src/open-todos';
import { LOAD_APP_PASSWORD } from './api';

/** One simulated client: its session and the to-do and check-in it will submit. */
export interface LoadClient {
  clientId: string;
  cookie: string;
  todoId: string;
  checkinId: string;
}

export interface Population {
  clients: LoadClient[];
  prompts: Prompt[];
}

/**
 * A migrated database with a small generated network, and `count` clients each holding a
 * session, an open to-do and an open pulse check-in. Sessions are written directly: signing
 * in is not what is under load, and argon2 for hundreds of users would dominate the run.
 */
export async function populate(ownerUrl: string, count: number): Promise<Population> {
  await migrateDatabase(ownerUrl, LOAD_APP_PASSWORD, { log: () => undefined });
  await generateNetwork(
    ownerUrl,
    { clinics: 2, counselors: 6, couples: Math.ceil(count / 2) + 5, months: 2, seed: 11 },
    () => undefined,
    { passwordHash: 'not-used-by-the-load-suite' },
  );
  return withClient(ownerUrl, async (owner: Client) => {
    const { rows: people } = await owner.query(
      `SELECT id FROM app_user WHERE role = 'CLIENT' ORDER BY id LIMIT $1`,
      [count],
    );
    const ids: string[] = people.map((person: { id: string }) => person.id);
    const { todos, prompts } = await giveOpenTodos(owner, ids, 1);
    const { rows: checkins } = await owner.query(
      `INSERT INTO checkin (clinic_id, schedule_id, couple_id, client_id, form, instrument_version, due_at)
       SELECT p.clinic_id, s.id, p.couple_id, p.client_id, 'PULSE', $2,
              now() + interval '1 day' + row_number() OVER (ORDER BY p.client_id) * interval '1 second'
         FROM couple_partner p JOIN checkin_schedule s ON s.couple_id = p.couple_id
        WHERE p.client_id = ANY($1::uuid[])
       RETURNING id, client_id AS "clientId"`,
      [ids, CHECKIN_INSTRUMENT.version],
    );
    const tokens = ids.map(() => randomBytes(32).toString('base64url'));
    await owner.query(
      `INSERT INTO user_session (token_hash, user_id, clinic_id, last_seen_at, expires_at)
       SELECT t.hash, u.id, u.clinic_id, now(), now() + interval '12 hours'
         FROM unnest($1::bytea[], $2::uuid[]) AS t(hash, user_id) JOIN app_user u ON u.id = t.user_id`,
      [tokens.map(hashSecretToken), ids],
    );
    const todoOf = new Map(todos.map((todo) => [todo.clientId, todo.todoId]));
    const checkinOf = new Map(
      checkins.map((row: { clientId: string; id: string }) => [row.clientId, row.id]),
    );
    return {
      prompts,
      clients: ids.map((clientId, i) => ({
        clientId,
        cookie: `tandem_session=${tokens[i]}`,
        todoId: todoOf.get(clientId)!,
        checkinId: checkinOf.get(clientId)!,
      })),
    };
  });
}
