import type { Prompt } from '@tandem/shared';
import type { Client } from 'pg';

/**
 * Gives each client `perClient` new to-dos of one built-in individual exercise (one-off
 * assignments due next week from their couple's primary counselor), set-based, as the owner.
 * Used by the benchmark's writes and the load suite. Returns the to-dos and the prompts.
 */
export async function giveOpenTodos(
  owner: Client,
  clientIds: string[],
  perClient: number,
): Promise<{ todos: Array<{ clientId: string; todoId: string }>; prompts: Prompt[] }> {
  const { rows: versions } = await owner.query<{ id: string; prompts: Prompt[] }>(
    `SELECT v.id, v.prompts FROM exercise e
       JOIN exercise_version v ON v.exercise_id = e.id AND v.version = e.current_version
      WHERE e.clinic_id IS NULL AND v.mode = 'INDIVIDUAL' ORDER BY e.slug LIMIT 1`,
  );
  const { rows } = await owner.query<{ clientId: string; todoId: string }>(
    `WITH given AS (
       INSERT INTO assignment (clinic_id, couple_id, exercise_version_id, client_id, assigned_by, recurrence)
       SELECT p.clinic_id, p.couple_id, $2, p.client_id, t.counselor_id, 'NONE'
         FROM couple_partner p
         JOIN care_team_member t ON t.couple_id = p.couple_id AND t.is_primary
        CROSS JOIN generate_series(1, $3)
        WHERE p.client_id = ANY($1::uuid[])
       RETURNING id, clinic_id, client_id)
     , occurrence AS (
       INSERT INTO assignment_occurrence (clinic_id, assignment_id, sequence, due_at)
       SELECT clinic_id, id, 1, now() + interval '7 days' FROM given
       RETURNING id, assignment_id)
     SELECT g.client_id AS "clientId", o.id AS "todoId"
       FROM occurrence o JOIN given g ON g.id = o.assignment_id ORDER BY o.id`,
    [clientIds, versions[0]!.id, perClient],
  );
  return { todos: rows, prompts: versions[0]!.prompts };
}
