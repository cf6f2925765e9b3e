import { Client } from 'pg';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import {
  ASSIGN,
  assign,
  exerciseIdBySlug,
  idOf,
  inDays,
  SAVE_DRAFT,
  SUBMIT,
  TODO,
  VALUES_ANSWERS,
} from './exercise-fixtures';

const SAM = 'sam.morgan@riverbend.example';
const JORDAN = 'jordan.bennett@riverbend.example';

interface Progress {
  clientId: string;
  displayName: string;
  status: string;
  submissionId: string | null;
  commentCount: number;
}
interface Assignment {
  id: string;
  cancelledAt: string | null;
  occurrences: Array<{ id: string; closedAt: string | null; progress: Progress[] }>;
}
interface Todo {
  myTodo: {
    status: string;
    partnerStatus: string | null;
    mine: {
      id: string;
      status: string;
      sharing: string;
      answers: unknown[];
      comments: Array<{ body: string }>;
    } | null;
    partners: { id: string; answers: unknown[]; comments: unknown } | null;
  };
}

const COUPLE_ASSIGNMENTS = `query ($coupleId: ID!, $all: Boolean) {
  coupleAssignments(coupleId: $coupleId, includeCancelled: $all) {
    totalCount
    items { id cancelledAt occurrences { id closedAt progress { clientId displayName status submissionId commentCount } } }
  }
}`;

describe('assignments, the client portal and partner privacy (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let owner: Client;
  let morgan: string;
  let valuesExercise: string;
  let jointExercise: string;

  const as = async (email: string) => {
    const agent = test.browser();
    await signIn(agent, email);
    return agent;
  };
  const submissionCount = async (occurrenceId: string) =>
    (
      await owner.query('SELECT count(*)::int AS n FROM submission WHERE occurrence_id = $1', [
        occurrenceId,
      ])
    ).rows[0].n as number;

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    morgan = await idOf(owner, "SELECT id FROM couple WHERE name = 'Alex & Sam Morgan'");
    valuesExercise = await exerciseIdBySlug(owner, 'values-inventory');
    jointExercise = await exerciseIdBySlug(owner, 'weekly-sync');
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it('runs the loop: assign weekly to both, draft, submit once, share, read, comment', async () => {
    const maya = await as(DEMO.counselor);
    const alex = await as(DEMO.client);
    const sam = await as(SAM);
    const assignment = await assign(maya, {
      coupleId: morgan,
      exerciseId: valuesExercise,
      dueAt: inDays(2),
      recurrence: 'WEEKLY',
      repeatUntil: inDays(16),
      note: 'Take your time with this one.',
    });
    // Each week is its own to-do: days 2, 9 and 16.
    expect(assignment.occurrences).toHaveLength(3);
    const todoId = assignment.occurrences[0].id;

    // Both partners are told, and see the first week only (the next opens when this one is due).
    for (const partner of [alex, sam]) {
      const notes = await graphql<{
        myNotifications: { unreadCount: number; items: Array<{ kind: string; todoId: string }> };
      }>(partner, '{ myNotifications { unreadCount items { kind todoId } } }');
      expect(notes.data!.myNotifications.items).toContainEqual({ kind: 'ASSIGNED', todoId });
      const todos = await graphql<{
        myTodos: { items: Array<{ id: string; status: string; partnerStatus: string }> };
      }>(partner, '{ myTodos(list: OPEN) { items { id status partnerStatus } } }');
      expect(
        todos.data!.myTodos.items.filter((t) => assignment.occurrences.some((o) => o.id === t.id)),
      ).toEqual([{ id: todoId, status: 'NOT_STARTED', partnerStatus: 'NOT_STARTED' }]);
    }

    // A draft survives: another device (a second sign-in) sees it.
    const draft = await graphql(alex, SAVE_DRAFT, {
      input: { todoId, answers: [{ promptKey: 'one-step', text: 'Half a thought' }] },
    });
    expect(draft.errors).toBeUndefined();
    const alexOtherDevice = await as(DEMO.client);
    const reloaded = await graphql<Todo>(alexOtherDevice, TODO, { id: todoId });
    expect(reloaded.data!.myTodo.mine).toMatchObject({
      status: 'DRAFT',
      answers: [{ promptKey: 'one-step', text: 'Half a thought' }],
    });

    // The counselor sees "draft" but not the draft itself.
    const listed = await graphql<{ coupleAssignments: { items: Assignment[] } }>(
      maya,
      COUPLE_ASSIGNMENTS,
      { coupleId: morgan },
    );
    const progress = listed.data!.coupleAssignments.items.find((a) => a.id === assignment.id)!
      .occurrences[0].progress;
    expect(progress.map((p) => [p.displayName, p.status, p.submissionId])).toEqual([
      ['Alex Morgan', 'DRAFT', null],
      ['Sam Morgan', 'NOT_STARTED', null],
    ]);

    // Two submits with one key, at once: one submission, the same answer to both.
    const input = {
      todoId,
      answers: VALUES_ANSWERS,
      sharing: 'PRIVATE',
      idempotencyKey: 'submit-key-0001',
    };
    const [first, second] = await Promise.all([
      graphql<{ submitExercise: { id: string } }>(alex, SUBMIT, { input }),
      graphql<{ submitExercise: { id: string } }>(alexOtherDevice, SUBMIT, { input }),
    ]);
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data!.submitExercise.id).toBe(first.data!.submitExercise.id);
    expect(await submissionCount(todoId)).toBe(1);
    const submissionId = first.data!.submitExercise.id;
    // A new submit (another key) is refused; a draft can no longer overwrite it.
    const again = await graphql(alex, SUBMIT, {
      input: { ...input, idempotencyKey: 'submit-key-0002' },
    });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const lateDraft = await graphql(alex, SAVE_DRAFT, { input: { todoId, answers: [] } });
    expect(lateDraft.errors?.[0].extensions?.code).toBe('CONFLICT');

    // Private by default: Sam sees that Alex is done, not what Alex wrote.
    let samView = await graphql<Todo>(sam, TODO, { id: todoId });
    expect(samView.data!.myTodo).toMatchObject({ partnerStatus: 'SUBMITTED', partners: null });

    // "When my partner has submitted too": still hidden until Sam submits.
    const share =
      'mutation ($id: ID!, $sharing: Sharing!) { shareSubmission(id: $id, sharing: $sharing) { sharing } }';
    expect(
      (await graphql(alex, share, { id: submissionId, sharing: 'AFTER_BOTH' })).errors,
    ).toBeUndefined();
    samView = await graphql<Todo>(sam, TODO, { id: todoId });
    expect(samView.data!.myTodo.partners).toBeNull();
    // Sam cannot share Alex's answers, nor read them by id.
    expect(
      (await graphql(sam, share, { id: submissionId, sharing: 'PARTNER' })).errors?.[0].extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await graphql(sam, 'query ($id: ID!) { submission(id: $id) { id } }', { id: submissionId }))
        .errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');

    const samSubmit = await graphql<{ submitExercise: { id: string } }>(sam, SUBMIT, {
      input: {
        todoId,
        answers: VALUES_ANSWERS,
        sharing: 'AFTER_BOTH',
        idempotencyKey: 'sam-submit-01',
      },
    });
    expect(samSubmit.errors).toBeUndefined();
    samView = await graphql<Todo>(sam, TODO, { id: todoId });
    expect(samView.data!.myTodo.partners).toMatchObject({ id: submissionId, comments: null });
    expect(samView.data!.myTodo.partners!.answers).toHaveLength(3);

    // Both submissions wait for the care team on the caseload until someone comments.
    const toReview = async () => {
      const caseload = await graphql<{
        caseload: { items: Array<{ id: string; toReviewCount: number }> };
      }>(maya, '{ caseload { items { id toReviewCount overdueCount } } }');
      return caseload.data!.caseload.items.find((couple) => couple.id === morgan)!.toReviewCount;
    };
    expect(await toReview()).toBe(2);

    // The counselor reads and comments; only Alex (the author) sees the comment.
    // Opened on their own (from the timeline), the answers come with the questions they answer.
    const read = await graphql<{
      submission: {
        answers: Array<{ promptKey: string }>;
        exercise: { id: string; versionId: string; prompts: Array<{ key: string }> };
      };
    }>(
      maya,
      'query ($id: ID!) { submission(id: $id) { answers { promptKey } comments { body } exercise { id versionId prompts { key } } } }',
      { id: submissionId },
    );
    expect(read.errors).toBeUndefined();
    const { answers, exercise } = read.data!.submission;
    expect(answers).toHaveLength(3);
    const given = await owner.query(
      'SELECT exercise_version_id AS v FROM assignment WHERE id = $1',
      [assignment.id],
    );
    expect(exercise).toMatchObject({ id: valuesExercise, versionId: given.rows[0].v });
    expect(exercise.prompts.map((prompt) => prompt.key)).toEqual(
      expect.arrayContaining(answers.map((answer) => answer.promptKey)),
    );
    const comment = await graphql(
      maya,
      'mutation ($id: ID!, $body: String!) { commentOnSubmission(submissionId: $id, body: $body) { id body authorName } }',
      { id: submissionId, body: 'Lovely first step. Tell me how the call goes.' },
    );
    expect(comment.data).toMatchObject({ commentOnSubmission: { authorName: 'Maya Okafor' } });
    expect(await toReview()).toBe(1);
    const alexView = await graphql<Todo>(alex, TODO, { id: todoId });
    expect(alexView.data!.myTodo.mine!.comments).toEqual([
      { body: 'Lovely first step. Tell me how the call goes.', authorName: 'Maya Okafor' },
    ]);
    samView = await graphql<Todo>(sam, TODO, { id: todoId });
    expect(samView.data!.myTodo.partners!.comments).toBeNull();
    const alexNotes = await graphql<{ myNotifications: { items: Array<{ kind: string }> } }>(
      alex,
      '{ myNotifications { items { kind } } }',
    );
    expect(alexNotes.data!.myNotifications.items.map((n) => n.kind)).toContain('COMMENT');

    // Every read of a submission is in the audit log, with whose answers they were.
    const { rows } = await owner.query(
      `SELECT e.action, u.email AS actor, e.client_ids FROM audit_event e JOIN app_user u ON u.id = e.actor_id
        WHERE e.entity_id = $1 AND e.action = 'submission.read' ORDER BY e.occurred_at`,
      [submissionId],
    );
    expect(rows.map((row) => row.actor)).toEqual(
      expect.arrayContaining([DEMO.client, SAM, DEMO.counselor]),
    );
  });

  it('keeps one shared submission for a joint exercise, written by either partner', async () => {
    const maya = await as(DEMO.counselor);
    const alex = await as(DEMO.client);
    const sam = await as(SAM);
    const { occurrences } = await assign(maya, {
      coupleId: morgan,
      exerciseId: jointExercise,
      dueAt: inDays(3),
    });
    const todoId = occurrences[0].id;
    await graphql(alex, SAVE_DRAFT, {
      input: { todoId, answers: [{ promptKey: 'went-well', text: 'The walk on Saturday' }] },
    });
    const samView = await graphql<Todo>(sam, TODO, { id: todoId });
    expect(samView.data!.myTodo.mine!.answers).toEqual([
      {
        promptKey: 'went-well',
        text: 'The walk on Saturday',
        value: null,
        optionKeys: null,
        plannedAt: null,
      },
    ]);
    const answers = [
      { promptKey: 'went-well', text: 'The walk on Saturday' },
      { promptKey: 'need-next', text: 'More evenings at home' },
      { promptKey: 'next-time', plannedAt: '2026-12-06T19:30' },
    ];
    const submitted = await graphql(sam, SUBMIT, {
      input: { todoId, answers, idempotencyKey: 'joint-submit-1' },
    });
    expect(submitted.errors).toBeUndefined();
    expect(await submissionCount(todoId)).toBe(1);
    const alexView = await graphql<Todo>(alex, TODO, { id: todoId });
    expect(alexView.data!.myTodo).toMatchObject({ status: 'SUBMITTED', partnerStatus: null });
    // A joint exercise cannot be given to one partner.
    const alexId = await idOf(owner, 'SELECT id FROM app_user WHERE email = $1', [DEMO.client]);
    const one = await graphql(maya, ASSIGN, {
      input: { coupleId: morgan, exerciseId: jointExercise, dueAt: inDays(3), clientId: alexId },
    });
    expect(one.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bad answers clearly and changes nothing', async () => {
    const maya = await as(DEMO.counselor);
    const alex = await as(DEMO.client);
    const { occurrences } = await assign(maya, {
      coupleId: morgan,
      exerciseId: valuesExercise,
      dueAt: inDays(4),
    });
    const todoId = occurrences[0].id;
    await graphql(alex, SAVE_DRAFT, {
      input: { todoId, answers: [{ promptKey: 'one-step', text: 'kept' }] },
    });
    const bad: Array<[string, unknown[], RegExp]> = [
      [
        'a scale answer out of range',
        [{ promptKey: 'own-time', value: 11 }],
        /whole number from 0 to 10/,
      ],
      [
        'text over the limit',
        [{ promptKey: 'one-step', text: 'x'.repeat(1001) }],
        /longer than 1000/,
      ],
      [
        'a prompt that does not exist',
        [{ promptKey: 'no-such-question', text: 'hi' }],
        /no such question/,
      ],
      [
        'an option the prompt does not have',
        [{ promptKey: 'values', optionKeys: ['money'] }],
        /option it does not have/,
      ],
      [
        'the wrong kind of answer',
        [{ promptKey: 'own-time', text: 'seven' }],
        /number on its scale/,
      ],
    ];
    for (const [what, answers, message] of bad) {
      const result = await graphql(alex, SAVE_DRAFT, { input: { todoId, answers } });
      expect({ what, code: result.errors?.[0].extensions?.code }).toEqual({
        what,
        code: 'BAD_USER_INPUT',
      });
      expect(result.errors?.[0].message).toMatch(message);
    }
    const incomplete = await graphql(alex, SUBMIT, {
      input: {
        todoId,
        answers: [{ promptKey: 'one-step', text: 'only this' }],
        idempotencyKey: 'incomplete-1',
      },
    });
    expect(incomplete.errors?.[0].message).toMatch(/needs an answer/);
    const hugeRequest = await graphql(alex, SAVE_DRAFT, {
      input: { todoId, answers: [{ promptKey: 'one-step', text: 'x'.repeat(20000) }] },
    });
    expect(hugeRequest.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const view = await graphql<Todo>(alex, TODO, { id: todoId });
    expect(view.data!.myTodo.mine).toMatchObject({
      status: 'DRAFT',
      answers: [{ promptKey: 'one-step', text: 'kept' }],
    });

    // Another couple's client cannot read or answer it, and learns nothing about it.
    const jordan = await as(JORDAN);
    for (const result of [
      await graphql(jordan, TODO, { id: todoId }),
      await graphql(jordan, SAVE_DRAFT, { input: { todoId, answers: [] } }),
      await graphql(jordan, SUBMIT, {
        input: { todoId, answers: VALUES_ANSWERS, idempotencyKey: 'jordan-try-1' },
      }),
    ]) {
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(await submissionCount(todoId)).toBe(1);
  });

  it('refuses assignments that make no sense, and ones for couples off the care team', async () => {
    const maya = await as(DEMO.counselor);
    const priya = await as('priya.shah@riverbend.example');
    const base = { coupleId: morgan, exerciseId: valuesExercise, dueAt: inDays(2) };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ dueAt: inDays(-1) }, 'BAD_USER_INPUT'],
      [{ recurrence: 'WEEKLY' }, 'BAD_USER_INPUT'],
      [{ recurrence: 'WEEKLY', repeatUntil: inDays(400) }, 'BAD_USER_INPUT'],
      [{ note: 'x'.repeat(1001) }, 'BAD_USER_INPUT'],
      [{ exerciseId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      [
        { clientId: await idOf(owner, 'SELECT id FROM app_user WHERE email = $1', [JORDAN]) },
        'NOT_FOUND',
      ],
    ];
    for (const [change, code] of cases) {
      const result = await graphql(maya, ASSIGN, { input: { ...base, ...change } });
      expect({ change, code: result.errors?.[0].extensions?.code }).toEqual({ change, code });
    }
    const offTeam = await graphql(priya, ASSIGN, { input: base });
    expect(offTeam.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('cancels: open to-dos close, submitted answers stay', async () => {
    const maya = await as(DEMO.counselor);
    const alex = await as(DEMO.client);
    const sam = await as(SAM);
    const assignment = await assign(maya, {
      coupleId: morgan,
      exerciseId: valuesExercise,
      dueAt: inDays(1),
      recurrence: 'EVERY_TWO_WEEKS',
      repeatUntil: inDays(30),
    });
    const todoId = assignment.occurrences[0].id;
    await graphql(alex, SUBMIT, {
      input: { todoId, answers: VALUES_ANSWERS, idempotencyKey: 'before-cancel' },
    });
    await graphql(sam, SAVE_DRAFT, {
      input: { todoId, answers: [{ promptKey: 'one-step', text: 'unfinished' }] },
    });
    const cancelled = await graphql<{ cancelAssignment: Assignment }>(
      maya,
      'mutation ($id: ID!) { cancelAssignment(id: $id) { cancelledAt occurrences { closedAt progress { displayName status } } } }',
      { id: assignment.id },
    );
    expect(cancelled.data!.cancelAssignment.cancelledAt).not.toBeNull();
    expect(cancelled.data!.cancelAssignment.occurrences.every((o) => o.closedAt)).toBe(true);
    expect(cancelled.data!.cancelAssignment.occurrences[0].progress).toEqual([
      { displayName: 'Alex Morgan', status: 'SUBMITTED' },
      { displayName: 'Sam Morgan', status: 'CLOSED' },
    ]);
    const samDraft = await graphql(sam, SAVE_DRAFT, { input: { todoId, answers: [] } });
    expect(samDraft.errors?.[0].extensions?.code).toBe('CONFLICT');
    const twice = await graphql(maya, 'mutation ($id: ID!) { cancelAssignment(id: $id) { id } }', {
      id: assignment.id,
    });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    // Hidden from the default list, shown with includeCancelled.
    const open = await graphql<{ coupleAssignments: { items: Assignment[] } }>(
      maya,
      COUPLE_ASSIGNMENTS,
      { coupleId: morgan },
    );
    expect(open.data!.coupleAssignments.items.map((a) => a.id)).not.toContain(assignment.id);
    const all = await graphql<{ coupleAssignments: { items: Assignment[] } }>(
      maya,
      COUPLE_ASSIGNMENTS,
      { coupleId: morgan, all: true },
    );
    expect(all.data!.coupleAssignments.items.map((a) => a.id)).toContain(assignment.id);
  });
});
