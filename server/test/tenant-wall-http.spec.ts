import { Client } from 'pg';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { exerciseIdBySlug, inDays, morgansSubmission } from './exercise-fixtures';

/**
 * The second wall, through HTTP: with the access policy switched off (a test-only setting the
 * server refuses outside NODE_ENV=test), a counselor reaches every record of their own clinic,
 * and still nothing of another clinic, because PostgreSQL's row-level security keeps it out.
 */
describe('row-level security with the access policy switched off', () => {
  let test: TestApp;
  let owner: Client;
  const ids: Record<'morgan' | 'assignment' | 'submission' | 'schedule', string> = {
    morgan: '',
    assignment: '',
    submission: '',
    schedule: '',
  };

  /** Every clinical row of Riverbend, as one checksum per table (audit and sessions aside). */
  async function riverbendChecksum(): Promise<Record<string, string>> {
    const tables = [
      'app_user',
      'couple',
      'couple_partner',
      'care_team_member',
      'assignment',
      'assignment_occurrence',
      'submission',
      'submission_comment',
      'checkin_schedule',
      'checkin',
      'exercise',
      'notification',
    ];
    const sums: Record<string, string> = {};
    for (const table of tables) {
      const { rows } = await owner.query(
        `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum
           FROM ${table} t WHERE t.clinic_id = (SELECT clinic_id FROM app_user WHERE email = $1)`,
        [DEMO.admin],
      );
      sums[table] = rows[0].sum;
    }
    return sums;
  }

  beforeAll(async () => {
    test = await startTestApp({ TEST_BYPASS_ACCESS_POLICY: 'true' });
    owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    const target = await morgansSubmission(test, owner);
    ids.morgan = target.coupleId;
    ids.assignment = target.assignmentId;
    ids.submission = target.submissionId;
    const maya = test.browser();
    await signIn(maya, DEMO.counselor);
    const scheduled = await graphql<{ scheduleCheckins: { id: string } }>(
      maya,
      'mutation ($input: ScheduleCheckinsInput!) { scheduleCheckins(input: $input) { id } }',
      {
        input: {
          coupleId: ids.morgan,
          form: 'PULSE',
          everyWeeks: 2,
          startsAt: inDays(1),
          until: inDays(30),
        },
      },
    );
    expect(scheduled.errors).toBeUndefined();
    ids.schedule = scheduled.data!.scheduleCheckins.id;
  });

  afterAll(async () => {
    await owner.end();
    await test.close();
  });

  it('is switched off: a counselor off the care team now reads a couple of their own clinic', async () => {
    const priya = test.browser();
    await signIn(priya, 'priya.shah@riverbend.example');
    const result = await graphql<{ couple: { id: string } }>(
      priya,
      'query ($id: ID!) { couple(id: $id) { id } }',
      { id: ids.morgan },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.couple.id).toBe(ids.morgan);
  });

  const reads: Array<[string, string, (i: typeof ids) => Record<string, unknown>]> = [
    ['couple', 'query ($id: ID!) { couple(id: $id) { id name } }', (i) => ({ id: i.morgan })],
    [
      'coupleAssignments',
      'query ($id: ID!) { coupleAssignments(coupleId: $id) { totalCount } }',
      (i) => ({ id: i.morgan }),
    ],
    [
      'submission',
      'query ($id: ID!) { submission(id: $id) { id answers { promptKey } } }',
      (i) => ({ id: i.submission }),
    ],
    [
      'coupleTrends',
      'query ($id: ID!) { coupleTrends(coupleId: $id) { series { clientId } } }',
      (i) => ({ id: i.morgan }),
    ],
    [
      'checkinSchedules',
      'query ($id: ID!) { checkinSchedules(coupleId: $id) { id } }',
      (i) => ({ id: i.morgan }),
    ],
  ];

  it.each(reads)("another clinic's counselor cannot read %s", async (_name, query, variables) => {
    const lena = test.browser();
    await signIn(lena, DEMO.otherClinicCounselor);
    const result = await graphql(lena, query, variables(ids));
    expect(result.status).toBe(200);
    expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(result.data ?? null).toBeNull();
  });

  it("another clinic's counselor cannot write into it, and nothing of it changes", async () => {
    const before = await riverbendChecksum();
    const lena = test.browser();
    await signIn(lena, DEMO.otherClinicCounselor);
    const writes: Array<[string, Record<string, unknown>]> = [
      [
        'mutation ($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
        {
          input: {
            coupleId: ids.morgan,
            exerciseId: await exerciseIdBySlug(owner, 'values-inventory'),
            dueAt: inDays(2),
          },
        },
      ],
      ['mutation ($id: ID!) { cancelAssignment(id: $id) { id } }', { id: ids.assignment }],
      [
        'mutation ($id: ID!) { commentOnSubmission(submissionId: $id, body: "Hello") { id } }',
        { id: ids.submission },
      ],
      [
        'mutation ($input: ScheduleCheckinsInput!) { scheduleCheckins(input: $input) { id } }',
        {
          input: {
            coupleId: ids.morgan,
            form: 'PULSE',
            everyWeeks: 2,
            startsAt: inDays(1),
            until: inDays(20),
          },
        },
      ],
      ['mutation ($id: ID!) { cancelCheckinSchedule(id: $id) { id } }', { id: ids.schedule }],
      [
        'mutation ($id: ID!) { setScoreSharing(coupleId: $id, shared: true) { shareScores } }',
        { id: ids.morgan },
      ],
    ];
    for (const [mutation, variables] of writes) {
      const result = await graphql(lena, mutation, variables);
      expect({ mutation, code: result.errors?.[0].extensions?.code }).toEqual({
        mutation,
        code: 'NOT_FOUND',
      });
    }
    expect(await riverbendChecksum()).toEqual(before);
  });
});
