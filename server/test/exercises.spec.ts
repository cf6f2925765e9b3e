import { Client } from 'pg';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { assign, inDays } from './exercise-fixtures';

const LIST = `query ($filter: ExerciseFilterInput, $limit: Int) {
  exercises(filter: $filter, limit: $limit) {
    totalCount items { id title buildingStep dimension mode estimatedMinutes builtIn version }
  }
}`;
const FIELDS =
  'id version currentVersion title builtIn archivedAt prompts { key kind min max options { key label } }';
const CREATE = `mutation ($input: ExerciseContentInput!) { createExercise(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $v: Int!, $input: ExerciseContentInput!) {
  updateExercise(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} }
}`;

interface Listed {
  exercises: {
    totalCount: number;
    items: Array<{
      id: string;
      title: string;
      buildingStep: string;
      dimension: string;
      mode: string;
      estimatedMinutes: number;
      builtIn: boolean;
    }>;
  };
}

/** A clinic exercise using every kind of prompt. */
const CUSTOM = {
  title: 'Our evening ritual',
  buildingStep: 'KEEP_WORKING',
  dimension: 'COMMITMENT',
  rationale: 'A small shared habit gives the relationship a place to grow every day.',
  instructions: 'Agree on a ten-minute ritual and try it for a week.',
  estimatedMinutes: 15,
  mode: 'JOINT',
  prompts: [
    {
      key: 'idea',
      kind: 'TEXT',
      label: 'What would the ritual be?',
      required: true,
      maxLength: 300,
    },
    {
      key: 'excitement',
      kind: 'SCALE',
      label: 'How keen are you?',
      min: 1,
      max: 5,
      minLabel: 'Not really',
      maxLabel: 'Very',
      required: true,
    },
    {
      key: 'when',
      kind: 'CHOICE',
      label: 'When?',
      options: [
        { key: 'morning', label: 'Morning' },
        { key: 'evening', label: 'Evening' },
      ],
      required: true,
    },
    {
      key: 'needs',
      kind: 'CHECKLIST',
      label: 'What do you need?',
      options: [
        { key: 'quiet', label: 'Quiet' },
        { key: 'tea', label: 'Tea' },
      ],
      required: false,
    },
    { key: 'start', kind: 'PLAN', label: 'When do you start?', required: true },
  ],
};

describe('the exercise library (HTTP, real PostgreSQL)', () => {
  let test: TestApp;
  let owner: Client;
  const as = async (email: string) => {
    const agent = test.browser();
    await signIn(agent, email);
    return agent;
  };

  beforeAll(async () => {
    test = await startTestApp();
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it('offers the built-in library, filtered and searched', async () => {
    const maya = await as(DEMO.counselor);
    const all = await graphql<Listed>(maya, LIST, { limit: 200 });
    expect(all.data!.exercises.totalCount).toBeGreaterThanOrEqual(24);
    expect(all.data!.exercises.items.every((e) => e.builtIn)).toBe(true);

    const filter = { buildingStep: 'SAY_NO_WITHOUT_FEAR', mode: 'INDIVIDUAL', maxMinutes: 30 };
    const filtered = await graphql<Listed>(maya, LIST, { filter });
    expect(filtered.data!.exercises.items.length).toBeGreaterThan(0);
    for (const item of filtered.data!.exercises.items) {
      expect(item).toMatchObject({ buildingStep: 'SAY_NO_WITHOUT_FEAR', mode: 'INDIVIDUAL' });
      expect(item.estimatedMinutes).toBeLessThanOrEqual(30);
    }
    const searched = await graphql<Listed>(maya, LIST, { filter: { search: 'stand for' } });
    expect(searched.data!.exercises.items.map((e) => e.title)).toEqual(['What I stand for']);
    // Search text is data, never SQL or a pattern.
    const wild = await graphql<Listed>(maya, LIST, { filter: { search: "%' OR 1=1 --" } });
    expect(wild.data!.exercises.totalCount).toBe(0);
    const tooLong = await graphql<Listed>(maya, LIST, { filter: { search: 'x'.repeat(101) } });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets counselors and admins add, version and archive their clinic exercises', async () => {
    const maya = await as(DEMO.counselor);
    const admin = await as(DEMO.admin);
    const created = await graphql<{
      createExercise: { id: string; version: number; builtIn: boolean };
    }>(maya, CREATE, { input: CUSTOM });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createExercise;
    expect(created.data!.createExercise).toMatchObject({ version: 1, builtIn: false });

    // Given to a couple at version 1, the assignment keeps version 1 after an edit.
    const morgan = (await owner.query("SELECT id FROM couple WHERE name = 'Alex & Sam Morgan'"))
      .rows[0].id;
    const assignment = await assign(maya, { coupleId: morgan, exerciseId: id, dueAt: inDays(3) });
    const edited = await graphql<{ updateExercise: { version: number; title: string } }>(
      admin,
      UPDATE,
      {
        id,
        v: 1,
        input: { ...CUSTOM, title: 'Our evening ritual, take two' },
      },
    );
    expect(edited.data!.updateExercise).toMatchObject({
      version: 2,
      title: 'Our evening ritual, take two',
    });
    const stale = await graphql(maya, UPDATE, { id, v: 1, input: CUSTOM });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const given = await graphql<{
      coupleAssignments: {
        items: Array<{
          id: string;
          exercise: { version: number; currentVersion: number; title: string };
        }>;
      };
    }>(
      maya,
      'query ($id: ID!) { coupleAssignments(coupleId: $id) { items { id exercise { version currentVersion title } } } }',
      { id: morgan },
    );
    expect(
      given.data!.coupleAssignments.items.find((a) => a.id === assignment.id)!.exercise,
    ).toEqual({
      version: 1,
      currentVersion: 2,
      title: 'Our evening ritual',
    });

    // Archived: gone from the library and from new assignments, back when restored.
    await graphql(maya, 'mutation ($id: ID!) { archiveExercise(id: $id) { archivedAt } }', { id });
    const listed = await graphql<Listed>(maya, LIST, { filter: { source: 'CLINIC' } });
    expect(listed.data!.exercises.items.map((e) => e.id)).not.toContain(id);
    const archivedList = await graphql<Listed>(maya, LIST, {
      filter: { source: 'CLINIC', archived: true },
    });
    expect(archivedList.data!.exercises.items.map((e) => e.id)).toContain(id);
    await expect(
      assign(maya, { coupleId: morgan, exerciseId: id, dueAt: inDays(3) }),
    ).rejects.toThrow(/not found/);
    await graphql(admin, 'mutation ($id: ID!) { restoreExercise(id: $id) { archivedAt } }', { id });
    await assign(maya, { coupleId: morgan, exerciseId: id, dueAt: inDays(3) });

    // Another clinic neither sees nor changes it.
    const lena = await as(DEMO.otherClinicCounselor);
    const theirs = await graphql(lena, 'query ($id: ID!) { exercise(id: $id) { id } }', { id });
    expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const theirEdit = await graphql(lena, UPDATE, { id, v: 2, input: CUSTOM });
    expect(theirEdit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const theirList = await graphql<Listed>(lena, LIST, { filter: { source: 'CLINIC' } });
    expect(theirList.data!.exercises.totalCount).toBe(0);
  });

  it('keeps built-in exercises read-only', async () => {
    const maya = await as(DEMO.counselor);
    const builtIn = (await owner.query("SELECT id FROM exercise WHERE slug = 'values-inventory'"))
      .rows[0].id;
    const result = await graphql(maya, UPDATE, { id: builtIn, v: 1, input: CUSTOM });
    expect(result.errors?.[0].extensions?.code).toBe('CONFLICT');
    const archived = await graphql(
      maya,
      'mutation ($id: ID!) { archiveExercise(id: $id) { id } }',
      { id: builtIn },
    );
    expect(archived.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses exercises that break the content rules, saying where', async () => {
    const maya = await as(DEMO.counselor);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [
        'a scale that runs backwards',
        { prompts: [{ ...CUSTOM.prompts[1], min: 5, max: 1 }] },
        'prompts.0.max',
      ],
      [
        'two questions with one key',
        { prompts: [CUSTOM.prompts[0], CUSTOM.prompts[0]] },
        'prompts.1.key',
      ],
      [
        'a choice with one option',
        { prompts: [{ ...CUSTOM.prompts[2], options: [{ key: 'a', label: 'A' }] }] },
        'prompts.0.options',
      ],
      ['a blank title', { title: '   ' }, 'title'],
      ['no questions', { prompts: [] }, 'prompts'],
      [
        'a text limit past the ceiling',
        { prompts: [{ ...CUSTOM.prompts[0], maxLength: 50000 }] },
        'prompts.0.maxLength',
      ],
      ['an hour-long estimate of 500 minutes', { estimatedMinutes: 500 }, 'estimatedMinutes'],
    ];
    const before = (await owner.query('SELECT count(*)::int AS n FROM exercise')).rows[0].n;
    for (const [what, change, field] of cases) {
      const result = await graphql(maya, CREATE, { input: { ...CUSTOM, ...change } });
      const error = result.errors?.[0];
      expect({ what, code: error?.extensions?.code }).toEqual({ what, code: 'BAD_USER_INPUT' });
      const fields = error?.extensions?.fields as Record<string, string[]> | undefined;
      if (fields)
        expect({ what, fields: Object.keys(fields) }).toEqual({
          what,
          fields: expect.arrayContaining([field]),
        });
    }
    expect((await owner.query('SELECT count(*)::int AS n FROM exercise')).rows[0].n).toBe(before);
  });
});
