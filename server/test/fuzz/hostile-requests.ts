/**
 * A seeded generator of malformed and hostile requests to /graphql. None of them may change
 * data: each is broken, refused, or aimed at another clinic's records, so the fuzz suite can
 * require every table to be exactly as before.
 */

export type Sender = 'anonymous' | 'client' | 'otherClinicCounselor' | 'forged' | 'expired';

export interface HostileRequest {
  kind: string;
  sender: Sender;
  method: 'POST' | 'GET';
  contentType: string;
  /** The raw body (POST) or query string (GET). */
  body: string;
  /** A raw cookie header, for forged tokens; otherwise the sender's session. */
  cookie?: string;
}

/** Records of the demo's first clinic, which the senders must never reach. */
export interface Targets {
  couple: string;
  submission: string;
  assignment: string;
  client: string;
}

/** mulberry32: a small, well-known 32-bit generator; one seed, one sequence. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_STRINGS = [
  '\u0000',
  '\ud800',
  '\udfff lone',
  '\u202etxt.exe',
  '\u200b\u200d\ufeff',
  '𝕿𝖆𝖓𝖉𝖊𝖒 👩‍❤️‍👨',
  "'; DROP TABLE couple; --",
  '" OR 1=1 --',
  "%' OR clinic_id IS NOT NULL --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}} ${7*7}',
  '../../../../etc/passwd',
  '\\\\',
  '%00%',
  '_%_',
];

const JSON_TYPE = 'application/json';

/** Every UTF-8 byte percent-encoded (encodeURIComponent refuses lone surrogates). */
const percentEncoded = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

export function hostileRequests(seed: number, count: number, targets: Targets): HostileRequest[] {
  const next = random(seed);
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const odd = () => pick(ODD_STRINGS) + (next() < 0.3 ? pick(ODD_STRINGS) : '');
  const huge = () => pick(['x', 'é', '😀', '<', "'"]).repeat(50_000 + int(250_000));
  const uuid = () =>
    'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => int(16).toString(16));
  const post = (
    kind: string,
    sender: Sender,
    query: string,
    variables: unknown = {},
  ): HostileRequest => ({
    kind,
    sender,
    method: 'POST',
    contentType: JSON_TYPE,
    body: JSON.stringify({ query, variables }),
  });
  const wrongValue = () =>
    pick<unknown>([42, -1, 1e308, true, null, [], {}, [1, 2], { $gt: '' }, '', odd(), 'NaN']);

  const makers: Array<() => HostileRequest> = [
    // Wrong types in variables.
    () =>
      post(
        'wrong types',
        pick(['client', 'otherClinicCounselor']),
        'query ($id: ID!) { couple(id: $id) { id } }',
        {
          id: wrongValue(),
        },
      ),
    () =>
      post(
        'wrong types',
        'otherClinicCounselor',
        'query ($l: Int!, $o: Int!) { caseload(limit: $l, offset: $o) { totalCount } }',
        { l: pick<unknown>(['ten', -5, 1e9, 2.5, null]), o: pick<unknown>([-1, 'x', 1e12]) },
      ),
    () =>
      post(
        'wrong types',
        'client',
        'mutation ($input: SubmitExerciseInput!) { submitExercise(input: $input) { id } }',
        { input: { todoId: wrongValue(), answers: wrongValue(), idempotencyKey: wrongValue() } },
      ),
    // Huge strings and lists.
    () =>
      post(
        'huge string',
        'otherClinicCounselor',
        'query ($s: String) { caseload(search: $s) { totalCount } }',
        { s: huge() },
      ),
    () =>
      post(
        'huge string',
        'anonymous',
        'mutation ($input: LoginInput!) { login(input: $input) { id } }',
        { input: { email: `${huge()}@x.example`, password: huge() } },
      ),
    () =>
      post(
        'huge list',
        'client',
        'mutation ($input: SubmitExerciseInput!) { submitExercise(input: $input) { id } }',
        {
          input: {
            todoId: uuid(),
            idempotencyKey: 'fuzz-huge-list',
            sharing: 'PRIVATE',
            answers: Array.from({ length: 5_000 + int(20_000) }, (_, i) => ({
              promptKey: `p${i}`,
              text: 'x',
            })),
          },
        },
      ),
    () =>
      post(
        'huge list',
        'otherClinicCounselor',
        'mutation ($input: ExerciseContentInput!) { createExercise(input: $input) { id } }',
        {
          input: {
            title: huge(),
            buildingStep: 'SELF_AWARENESS',
            dimension: 'AUTONOMY',
            mode: 'INDIVIDUAL',
            estimatedMinutes: 10,
            rationale: 'r',
            instructions: 'i',
            prompts: Array.from({ length: 2_000 }, (_, i) => ({
              key: `k${i}`,
              kind: 'TEXT',
              label: odd(),
            })),
          },
        },
      ),
    // Deep, wide and aliased documents.
    () => {
      const depth = 10 + int(300);
      return post(
        'deep',
        pick(['anonymous', 'client']),
        `{ ${'me { '.repeat(depth)}id${' }'.repeat(depth)} }`,
      );
    },
    () => {
      const aliases = 50 + int(3_000);
      const fields = Array.from({ length: aliases }, (_, i) => `a${i}: me { id }`).join(' ');
      return post('aliases', pick(['client', 'otherClinicCounselor']), `{ ${fields} }`);
    },
    () => {
      const fragments = 20 + int(200);
      const defs = Array.from(
        { length: fragments },
        (_, i) => `fragment F${i} on Viewer { ...F${(i + 1) % fragments} }`,
      ).join(' ');
      return post('fragment cycle', 'client', `{ me { ...F0 } } ${defs}`);
    },
    () =>
      post(
        'introspection bomb',
        'anonymous',
        `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`,
      ),
    // Batches.
    () => ({
      kind: 'batch',
      sender: pick(['anonymous', 'client'] as const),
      method: 'POST',
      contentType: JSON_TYPE,
      body: JSON.stringify(
        Array.from({ length: 2 + int(200) }, () => ({ query: '{ me { id } }' })),
      ),
    }),
    // Unicode, SQL- and HTML-looking strings in every kind of text argument.
    () =>
      post(
        'odd strings',
        'otherClinicCounselor',
        'query ($s: String) { caseload(search: $s) { items { id name } } }',
        { s: odd() },
      ),
    () =>
      post(
        'odd strings',
        'anonymous',
        'mutation ($input: LoginInput!) { login(input: $input) { id } }',
        { input: { email: odd(), password: odd() } },
      ),
    () =>
      post(
        'odd strings',
        'client',
        'mutation ($input: SaveDraftInput!) { saveDraft(input: $input) { id } }',
        { input: { todoId: odd(), answers: [{ promptKey: odd(), text: odd() }] } },
      ),
    () =>
      post('odd document', pick(['anonymous', 'client']), odd() + pick(['{ me { id } }', '', '{'])),
    // Another clinic's records.
    () =>
      post(
        "other clinic's ids",
        'otherClinicCounselor',
        pick([
          'query ($id: ID!) { couple(id: $id) { id name } }',
          'query ($id: ID!) { coupleTrends(coupleId: $id) { series { clientId } } }',
          'query ($id: ID!) { coupleAssignments(coupleId: $id) { totalCount } }',
          'query ($id: ID!) { checkinSchedules(coupleId: $id) { id } }',
          'mutation ($id: ID!) { setScoreSharing(coupleId: $id, shared: true) { shareScores } }',
        ]),
        { id: targets.couple },
      ),
    () =>
      post(
        "other clinic's ids",
        'otherClinicCounselor',
        pick([
          'query ($id: ID!) { submission(id: $id) { id answers { promptKey } } }',
          'mutation ($id: ID!) { commentOnSubmission(submissionId: $id, body: "hi") { id } }',
        ]),
        { id: targets.submission },
      ),
    () =>
      post(
        "other clinic's ids",
        'otherClinicCounselor',
        'mutation ($id: ID!) { cancelAssignment(id: $id) { id } }',
        { id: targets.assignment },
      ),
    () =>
      post(
        "other clinic's ids",
        'otherClinicCounselor',
        'mutation ($input: AssignExerciseInput!) { assignExercise(input: $input) { id } }',
        {
          input: {
            coupleId: targets.couple,
            exerciseId: uuid(),
            dueAt: '2099-01-01T09:00:00.000Z',
          },
        },
      ),
    () =>
      post(
        "other clinic's ids",
        'client',
        'mutation ($id: ID!) { deactivateAccount(id: $id) { status } }',
        { id: targets.client },
      ),
    // Forged and expired sessions asking for private data.
    () => ({
      ...post(
        'forged session',
        'forged',
        pick(['{ me { id } }', '{ caseload { totalCount } }', '{ myTodos { totalCount } }']),
      ),
      cookie: `tandem_session=${pick([
        uuid(),
        '',
        'a'.repeat(1 + int(4_000)),
        percentEncoded(odd()),
        'null',
        '../../admin',
      ])}`,
    }),
    () => post('expired session', 'expired', '{ caseload { totalCount } }'),
    // Wrong content types, broken JSON, GET without the CSRF header.
    () => ({
      kind: 'content type',
      sender: pick(['anonymous', 'client'] as const),
      method: 'POST',
      contentType: pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/xml',
      ]),
      body: JSON.stringify({ query: 'mutation { logout }' }),
    }),
    () => ({
      kind: 'broken json',
      sender: pick(['anonymous', 'client'] as const),
      method: 'POST',
      contentType: JSON_TYPE,
      body: pick([
        '{"query": ',
        '{',
        '[',
        'null',
        '"text"',
        '{"query": 42}',
        '{"query": null}',
        '{"variables": "x"}',
        '\u0000',
        '',
      ]),
    }),
    () => ({
      kind: 'get without csrf header',
      sender: 'client',
      method: 'GET',
      contentType: '',
      body: `query=${encodeURIComponent('mutation { logout }')}`,
    }),
  ];

  return Array.from({ length: count }, (_, i) => makers[i % makers.length]());
}

/** The kinds the generator makes, to check that a run covered them all. */
export const KINDS = [
  'wrong types',
  'huge string',
  'huge list',
  'deep',
  'aliases',
  'fragment cycle',
  'introspection bomb',
  'batch',
  'odd strings',
  'odd document',
  "other clinic's ids",
  'forged session',
  'expired session',
  'content type',
  'broken json',
  'get without csrf header',
];
