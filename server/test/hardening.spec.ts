import { Client } from 'pg';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isInputObjectType,
  Lexer,
  Source,
  TokenKind,
  type GraphQLArgument,
  type GraphQLInputField,
} from 'graphql';
import { QUERY_LIMITS } from '../src/graphql/query-limits';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';
import { listen, socketAnswer, socketClient, type SocketAnswer } from './live-client';
import { MAX_SOCKET_MESSAGE_BYTES } from '../src/live/socket-server';

/**
 * A query `depth` levels deep as graphql-armor counts them. The schema has no recursive
 * type, so nesting past caseload > items > partners > id comes from inline fragments,
 * which the depth rule counts as levels too.
 */
function queryOfDepth(depth: number): string {
  let selection = 'id';
  for (let level = 4; level < depth; level++) selection = `... on Partner { ${selection} }`;
  return `{ caseload { items { partners { ${selection} } } } }`;
}

function tokenCount(document: string): number {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** `count` scalar fields: cheap to parse, costly to run. */
const manyFields = (count: number) => Array.from({ length: count }, () => 'id').join(' ');

function aliases(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
}

const SOMEONE = '00000000-0000-4000-8000-000000000000';
const SOON = new Date(Date.now() + 86_400_000).toISOString();
type Agent = 'maya' | 'alex' | 'admin';

/** Where the schema takes a DateTime, with a request that puts `value` there. */
const DATE_TIME_INPUTS: Record<
  string,
  { as: Agent; query: string; variables: (value: unknown) => Record<string, unknown> }
> = {
  'Query.myTrends.from': {
    as: 'alex',
    query: 'query ($d: DateTime) { myTrends(from: $d) { series { clientId } } }',
    variables: (d) => ({ d }),
  },
  'Query.myTrends.to': {
    as: 'alex',
    query: 'query ($d: DateTime) { myTrends(to: $d) { series { clientId } } }',
    variables: (d) => ({ d }),
  },
  'Query.coupleTrends.from': {
    as: 'maya',
    query: 'query ($d: DateTime) { coupleTrends(coupleId: "x", from: $d) { series { clientId } } }',
    variables: (d) => ({ d }),
  },
  'Query.coupleTrends.to': {
    as: 'maya',
    query: 'query ($d: DateTime) { coupleTrends(coupleId: "x", to: $d) { series { clientId } } }',
    variables: (d) => ({ d }),
  },
  'AuditFilterInput.from': {
    as: 'admin',
    query: 'query ($f: AuditFilterInput) { auditEvents(filter: $f) { totalCount } }',
    variables: (from) => ({ f: { from } }),
  },
  'AuditFilterInput.to': {
    as: 'admin',
    query: 'query ($f: AuditFilterInput) { auditEvents(filter: $f) { totalCount } }',
    variables: (to) => ({ f: { to } }),
  },
  'AssignExerciseInput.dueAt': {
    as: 'maya',
    query: 'mutation ($i: AssignExerciseInput!) { assignExercise(input: $i) { id } }',
    variables: (dueAt) => ({ i: { coupleId: SOMEONE, exerciseId: SOMEONE, dueAt } }),
  },
  'AssignExerciseInput.repeatUntil': {
    as: 'maya',
    query: 'mutation ($i: AssignExerciseInput!) { assignExercise(input: $i) { id } }',
    variables: (repeatUntil) => ({
      i: { coupleId: SOMEONE, exerciseId: SOMEONE, dueAt: SOON, recurrence: 'WEEKLY', repeatUntil },
    }),
  },
  'ScheduleCheckinsInput.startsAt': {
    as: 'maya',
    query: 'mutation ($i: ScheduleCheckinsInput!) { scheduleCheckins(input: $i) { id } }',
    variables: (startsAt) => ({
      i: { coupleId: SOMEONE, everyWeeks: 1, form: 'PULSE', startsAt, until: SOON },
    }),
  },
  'ScheduleCheckinsInput.until': {
    as: 'maya',
    query: 'mutation ($i: ScheduleCheckinsInput!) { scheduleCheckins(input: $i) { id } }',
    variables: (until) => ({
      i: { coupleId: SOMEONE, everyWeeks: 1, form: 'PULSE', startsAt: SOON, until },
    }),
  },
  'SessionNoteContentInput.sessionAt': {
    as: 'maya',
    query:
      'mutation ($i: SessionNoteContentInput!) { writeSessionNote(coupleId: "x", input: $i) { id } }',
    variables: (sessionAt) => ({ i: { body: 'A note.', sessionAt } }),
  },
};

/** Every argument and input field of the schema whose type is DateTime. */
function dateTimeInputs(test: TestApp): string[] {
  const schema = test.app.get(GraphQLSchemaHost).schema;
  const found = new Set<string>();
  const takesDateTime = (input: GraphQLArgument | GraphQLInputField) =>
    getNamedType(input.type).name === 'DateTime';
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const arg of field.args.filter(takesDateTime)) {
        found.add(`${root?.name}.${field.name}.${arg.name}`);
      }
    }
  }
  for (const type of Object.values(schema.getTypeMap()).filter(isInputObjectType)) {
    for (const field of Object.values(type.getFields()).filter(takesDateTime)) {
      found.add(`${type.name}.${field.name}`);
    }
  }
  return [...found].sort();
}

/** Strings in a list argument are one token each and cost nothing to the cost limit. */
const tokenDocument = (strings: number) =>
  `mutation { createCouple(input: { partnerIds: [${Array.from({ length: strings }, () => '"x"').join(' ')}] }) { id } }`;
const TOKENS_AROUND = tokenCount(tokenDocument(0));

/**
 * Requests HTTP and the websocket must treat alike: `refused` ones answer BAD_USER_INPUT with
 * a message like it; `passes` ones must not trip that limit (other answers are theirs to give:
 * the websocket, which carries subscriptions only, refuses these queries after the checks).
 */
const REQUEST_CASES: Array<{
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  refused?: RegExp;
  passes?: RegExp;
}> = [
  {
    name: `${QUERY_LIMITS.maxAliases} aliases`,
    query: aliases(QUERY_LIMITS.maxAliases),
    passes: /alias/i,
  },
  {
    name: `${QUERY_LIMITS.maxAliases + 1} aliases`,
    query: aliases(QUERY_LIMITS.maxAliases + 1),
    refused: /alias/i,
  },
  {
    name: `depth ${QUERY_LIMITS.maxDepth}`,
    query: queryOfDepth(QUERY_LIMITS.maxDepth),
    passes: /depth/i,
  },
  {
    name: `depth ${QUERY_LIMITS.maxDepth + 1}`,
    query: queryOfDepth(QUERY_LIMITS.maxDepth + 1),
    refused: /depth/i,
  },
  {
    name: `${QUERY_LIMITS.maxTokens} tokens`,
    query: tokenDocument(QUERY_LIMITS.maxTokens - TOKENS_AROUND),
    passes: /token/i,
  },
  {
    name: `${QUERY_LIMITS.maxTokens + 1} tokens`,
    query: tokenDocument(QUERY_LIMITS.maxTokens - TOKENS_AROUND + 1),
    refused: /token/i,
  },
  { name: 'cost of 500 fields', query: `{ me { ${manyFields(500)} } }`, passes: /cost/i },
  {
    name: 'cost of 1400 fields',
    query: `{ me { ${manyFields(1_400)} } }`,
    refused: /cost/i,
  },
  {
    name: 'cost of 1400 fields named __schema',
    query: `query __schema { me { ${manyFields(1_400)} } }`,
    refused: /cost/i,
  },
  { name: 'an open brace', query: '{', refused: /./ },
  { name: 'an unclosed selection', query: '{ me { id } ', refused: /./ },
  { name: 'a 50 kB argument name', query: `{ me(${'x'.repeat(50_000)}: 1) { id } }`, refused: /./ },
  { name: 'control characters', query: '\u0000\uffff', refused: /./ },
  { name: 'a field without its selection', query: 'mutation { login }', refused: /./ },
  { name: 'an unknown field', query: '{ nothingHere }', refused: /nothingHere/ },
  {
    name: 'NUL in variables',
    query: 'mutation ($input: LoginInput!) { login(input: $input) { id } }',
    variables: { input: { email: 'maya\u0000@riverbend.example', password: 'whatever it is' } },
    refused: /NUL/,
  },
  {
    name: 'NUL in the document',
    query: '{ caseload(search: "a\\u0000b") { totalCount } }',
    refused: /NUL/,
  },
  ...['Morgan \ud800', '\udfff', 'a\udc00\ud800b'].map((search, i) => ({
    name: `a lone surrogate (${i + 1})`,
    query: 'query ($s: String) { caseload(search: $s) { totalCount } }',
    variables: { s: search },
    refused: /lone surrogate/,
  })),
  {
    name: 'an impossible DateTime',
    query: 'query ($d: DateTime) { myTrends(from: $d) { series { clientId } } }',
    variables: { d: 'not-a-date' },
    refused: /DateTime/,
  },
  {
    name: 'a variable of the wrong type',
    query: 'query ($l: Int!) { caseload(limit: $l) { totalCount } }',
    variables: { l: 'many' },
    refused: /Int/,
  },
];

/** How each case fared, as `REQUEST_CASES` expects it to. */
async function runRequestCases(send: (query: string, variables?: object) => Promise<SocketAnswer>) {
  const seen: Record<string, string> = {};
  const expected: Record<string, string> = {};
  for (const { name, query, variables, refused, passes } of REQUEST_CASES) {
    const { errors, closed } = await send(query, variables);
    if (refused) {
      expected[name] = 'refused';
      const [first] = errors;
      seen[name] =
        first?.extensions?.code === 'BAD_USER_INPUT' && refused.test(first.message)
          ? 'refused'
          : `not refused: ${closed ?? ''} ${JSON.stringify(first)}`;
    } else {
      expected[name] = 'passes';
      const tripped = errors.find((error) => passes!.test(error.message));
      seen[name] = tripped || closed ? `tripped: ${closed ?? tripped?.message}` : 'passes';
    }
  }
  expect(seen).toEqual(expected);
}

/** Near misses to which graphql-js answers with a guess at what was meant. */
const SUGGESTION_PROBES: Array<{
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}> = [
  { name: 'root field', query: '{ mee { id } }' },
  { name: 'field', query: '{ me { idd } }' },
  { name: 'argument', query: '{ myTodos(lst: OPEN) { totalCount } }' },
  { name: 'enum value', query: '{ myTodos(list: OPE) { totalCount } }' },
  {
    name: 'enum value in a variable',
    query: 'query ($l: TodoList) { myTodos(list: $l) { totalCount } }',
    variables: { l: 'OPE' },
  },
  { name: 'type', query: 'query ($l: TodoLis) { myTodos(list: $l) { totalCount } }' },
  {
    name: 'input field',
    query: 'mutation { login(input: { emial: "a@b.example", password: "whatever" }) { id } }',
  },
  {
    name: 'input field in a variable',
    query: 'mutation ($i: LoginInput!) { login(input: $i) { id } }',
    variables: { i: { emial: 'a@b.example', password: 'whatever' } },
  },
];

describe('abuse limits and security headers', () => {
  let test: TestApp;
  let maya: ReturnType<TestApp['browser']>;

  beforeAll(async () => {
    test = await startTestApp();
    maya = test.browser();
    await signIn(maya, DEMO.counselor);
  });
  afterAll(() => test.close());

  it(`allows ${QUERY_LIMITS.maxAliases} aliases and refuses one more, __typename included`, async () => {
    expect((await graphql(maya, aliases(QUERY_LIMITS.maxAliases))).errors).toBeUndefined();
    const over = await graphql(maya, aliases(QUERY_LIMITS.maxAliases + 1));
    expect(over.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/alias/i),
    });
  });

  it(`allows a depth of ${QUERY_LIMITS.maxDepth} and refuses one more`, async () => {
    const atLimit = await graphql(maya, queryOfDepth(QUERY_LIMITS.maxDepth));
    expect(atLimit.errors).toBeUndefined();
    const over = await graphql(maya, queryOfDepth(QUERY_LIMITS.maxDepth + 1));
    expect(over.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/depth/i),
    });
  });

  it(`parses ${QUERY_LIMITS.maxTokens} tokens and refuses one more`, async () => {
    // Strings in a list argument are one token each and cost nothing to the cost limit.
    const ids = (n: number) => Array.from({ length: n }, () => '"x"').join(' ');
    const document = (n: number) =>
      `mutation { createCouple(input: { partnerIds: [${ids(n)}] }) { id } }`;
    const others = tokenCount(document(0));
    const atLimit = await graphql(maya, document(QUERY_LIMITS.maxTokens - others));
    expect(atLimit.errors?.[0].message).not.toMatch(/token/i);
    const over = await graphql(maya, document(QUERY_LIMITS.maxTokens - others + 1));
    expect(over.status).toBe(400);
    expect(over.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/token/i),
    });
  });

  it(`refuses a cost over ${QUERY_LIMITS.maxCost}, even for an operation named __schema`, async () => {
    expect((await graphql(maya, `{ me { ${manyFields(500)} } }`)).errors).toBeUndefined();
    for (const name of ['', '__schema']) {
      const costly = await graphql(maya, `query ${name} { me { ${manyFields(1_400)} } }`);
      expect(costly.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT' },
        message: expect.stringMatching(/cost/i),
      });
    }
  });

  it('refuses batched requests and GET requests without a CSRF-safe header', async () => {
    const batch = await test
      .browser()
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBeGreaterThanOrEqual(400);
    const simple = await test.browser().get('/graphql?query=%7B__typename%7D');
    expect(simple.status).toBe(400);
    expect(JSON.stringify(simple.body)).toMatch(/CSRF|preflight/i);
  });

  it('never answers a 500 to a huge or broken document', async () => {
    for (const query of [
      '{',
      '{ me { id } ',
      `{ me(${'x'.repeat(50_000)}: 1) { id } }`,
      '\u0000\uffff',
      'mutation { login }',
    ]) {
      const result = await graphql(maya, query);
      expect({
        query: query.slice(0, 20),
        status: result.status < 500,
        code: result.errors?.[0].extensions?.code,
      }).toEqual({
        query: query.slice(0, 20),
        status: true,
        code: 'BAD_USER_INPUT',
      });
    }
  });

  it('answers an oversized or unparsable body with a stable code instead of a bare error page', async () => {
    const oversized = await graphql(maya, '{ me { id } }', { padding: 'x'.repeat(200_000) });
    expect(oversized.status).toBe(413);
    expect(oversized.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/too large/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const broken = await maya
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send('{"query": "{ me { id } }"');
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]).toMatchObject({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // The session still works afterwards.
    expect((await graphql(maya, '{ me { id } }')).errors).toBeUndefined();
  });

  it('refuses the NUL character as bad input, in variables and in the document alike', async () => {
    const anonymous = test.browser();
    const inVariables = await graphql(
      anonymous,
      'mutation ($input: LoginInput!) { login(input: $input) { id } }',
      { input: { email: 'maya\u0000@riverbend.example', password: 'whatever it is' } },
    );
    const inDocument = await graphql(maya, '{ caseload(search: "a\\u0000b") { totalCount } }');
    for (const result of [inVariables, inDocument]) {
      expect(result.status).toBe(400);
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/NUL/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });

  it('refuses half a surrogate pair rather than storing U+FFFD, and keeps whole pairs', async () => {
    const caseload = 'query ($s: String) { caseload(search: $s) { totalCount } }';
    for (const search of ['Morgan \ud800', '\udfff', 'a\udc00\ud800b']) {
      const refused = await graphql(maya, caseload, { s: search });
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/lone surrogate/),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    const emoji = await graphql(maya, caseload, { s: '\ud83d\udcac Morgan' });
    expect(emoji.errors).toBeUndefined();
    expect(emoji.data).toEqual({ caseload: { totalCount: 0 } });
  });

  it('leaves no transaction open when a request is refused before it runs', async () => {
    for (let i = 0; i < 30; i++) {
      await graphql(maya, 'query ($s: String) { caseload(search: $s) { totalCount } }', {
        s: 'a\u0000b',
      });
    }
    const owner = new Client({ connectionString: test.database.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query(
        `SELECT count(*)::int AS open FROM pg_stat_activity
          WHERE datname = current_database() AND usename = 'tandem_app' AND state LIKE 'idle in transaction%'`,
      );
      expect(rows[0].open).toBe(0);
    } finally {
      await owner.end();
    }
    expect((await graphql(maya, '{ me { id } }')).errors).toBeUndefined();
  });

  it('tells browsers and proxies to store no API answer: Cache-Control no-store', async () => {
    const anonymous = test.browser();
    const answers = {
      query: (await graphql(maya, '{ me { id } }')).headers,
      error: (await graphql(maya, '{ nothingHere }')).headers,
      signedOut: (await graphql(anonymous, '{ me { id } }')).headers,
      oversized: (await graphql(maya, '{ me { id } }', { padding: 'x'.repeat(200_000) })).headers,
      csrfRefused: (await anonymous.get('/graphql?query=%7B__typename%7D')).headers,
      live: (await anonymous.get('/health/live')).headers,
      ready: (await anonymous.get('/health/ready')).headers,
    };
    const cacheControl = Object.fromEntries(
      Object.entries(answers).map(([name, headers]) => [name, headers['cache-control']]),
    );
    expect(cacheControl).toEqual(
      Object.fromEntries(Object.keys(answers).map((name) => [name, 'no-store'])),
    );
  });

  it('answers an impossible DateTime with BAD_USER_INPUT wherever the schema takes one', async () => {
    expect(Object.keys(DATE_TIME_INPUTS).sort()).toEqual(dateTimeInputs(test));
    const agents: Record<Agent, ReturnType<TestApp['browser']>> = {
      maya,
      alex: test.browser(),
      admin: test.browser(),
    };
    await signIn(agents.alex, DEMO.client);
    await signIn(agents.admin, DEMO.admin);
    const invalid = ['not-a-date', '2026-02-30T10:00:00Z', '1', '', 12345, '2026-01-05T25:00:00Z'];
    const seen: Record<string, unknown> = {};
    for (const [where, input] of Object.entries(DATE_TIME_INPUTS)) {
      for (const value of invalid) {
        const result = await graphql(agents[input.as], input.query, input.variables(value));
        seen[`${where} ${JSON.stringify(value)}`] = result.errors?.[0]?.extensions?.code;
      }
    }
    for (const literal of ['"not-a-date"', '"2026-13-01"', '12345', 'true']) {
      const result = await graphql(
        agents.alex,
        `{ myTrends(from: ${literal}) { series { clientId } } }`,
      );
      const error = result.errors?.[0];
      seen[`literal ${literal}`] = /DateTime/.test(error?.message ?? '') && error?.extensions?.code;
    }
    expect(seen).toEqual(
      Object.fromEntries(Object.keys(seen).map((key) => [key, 'BAD_USER_INPUT'])),
    );
    // What the dashboard sends still works.
    const fine = await graphql(
      agents.alex,
      'query ($d: DateTime) { myTrends(from: $d) { series { clientId } } }',
      { d: '2026-01-05T00:00:00.000Z' },
    );
    expect(fine.errors).toBeUndefined();
  });

  it('sends security headers with every response', async () => {
    const response = await test.browser().get('/health/live');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('answers every request case over HTTP as the table says', async () => {
    await runRequestCases(async (query, variables) => {
      const result = await graphql(maya, query, variables as Record<string, unknown>);
      return { errors: result.errors ?? [] };
    });
  });

  describe('over the websocket', () => {
    let url: string;
    let cookie: string;
    let socket: ReturnType<typeof socketClient>;

    beforeAll(async () => {
      url = await listen(test.app);
      cookie = (await signIn(test.browser(), DEMO.counselor)).cookie;
      socket = socketClient(url, { Cookie: cookie });
    });
    afterAll(() => socket.dispose());

    it('answers every request case as HTTP does, through the same checks', async () => {
      await runRequestCases((query, variables) =>
        socketAnswer(socket, query, variables as Record<string, unknown>),
      );
    });

    it('refuses queries and mutations with a code, and runs none of them', async () => {
      for (const query of ['{ me { id } }', 'mutation { logout }', 'query Named { __typename }']) {
        const { errors } = await socketAnswer(socket, query);
        expect({ query, errors }).toEqual({
          query,
          errors: [
            expect.objectContaining({
              message: expect.stringMatching(/subscriptions only/),
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ],
        });
      }
      // The logout sent over the socket did not end the session.
      const stillIn = await graphql(test.browser(), '{ me { id } }', {}, { Cookie: cookie });
      expect(stillIn.errors).toBeUndefined();
    });

    it('still runs subscriptions', async () => {
      const { errors, closed } = await socketAnswer(
        socket,
        'subscription { caseloadActivity { kind } }',
      );
      expect({ errors, closed }).toEqual({ errors: [], closed: undefined });
    });

    it(`closes a socket that sends a message over ${MAX_SOCKET_MESSAGE_BYTES / 1024} kB, as HTTP refuses such a body`, async () => {
      const big = socketClient(url, { Cookie: cookie });
      try {
        const answer = await socketAnswer(big, 'subscription { caseloadActivity { kind } }', {
          padding: 'x'.repeat(MAX_SOCKET_MESSAGE_BYTES),
        });
        expect(answer.closed).toBe(1009);
      } finally {
        await big.dispose();
      }
      expect((await socketAnswer(socket, '{ me { id } }')).errors[0].extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('suggests what was meant outside production, as HTTP does', async () => {
      for (const probe of SUGGESTION_PROBES) {
        const { errors } = await socketAnswer(socket, probe.query, probe.variables);
        expect({ probe: probe.name, messages: errors.map((e) => e.message).join(' | ') }).toEqual({
          probe: probe.name,
          messages: expect.stringMatching(/Did you mean/),
        });
      }
    });
  });

  it('suggests what was meant outside production (the probes below would see suggestions)', async () => {
    for (const probe of SUGGESTION_PROBES) {
      const result = await graphql(test.browser(), probe.query, probe.variables);
      const messages = (result.errors ?? []).map((error) => error.message).join(' | ');
      expect({ probe: probe.name, messages }).toEqual({
        probe: probe.name,
        messages: expect.stringMatching(/Did you mean/),
      });
    }
  });
});

describe('in production', () => {
  let production: TestApp;

  beforeAll(async () => {
    production = await startTestApp({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://unused',
      APP_DATABASE_PASSWORD: 'long enough password',
    });
  });
  afterAll(() => production.close());

  it('hides the schema: no introspection', async () => {
    const result = await graphql(production.browser(), '{ __schema { types { name } } }');
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('suggests nothing and hides the schema, over HTTP and the websocket alike', async () => {
    const url = await listen(production.app);
    const { cookie } = await signIn(production.browser(), DEMO.counselor);
    const socket = socketClient(url, { Cookie: cookie });
    const transports = {
      http: async (query: string, variables?: Record<string, unknown>) =>
        (await graphql(production.browser(), query, variables)).errors ?? [],
      websocket: async (query: string, variables?: Record<string, unknown>) =>
        (await socketAnswer(socket, query, variables)).errors,
    };
    try {
      for (const [transport, send] of Object.entries(transports)) {
        for (const probe of SUGGESTION_PROBES) {
          const errors = await send(probe.query, probe.variables);
          expect({
            probe: `${transport}: ${probe.name}`,
            codes: [...new Set(errors.map((error) => error.extensions?.code))],
            messages: errors.map((error) => error.message).join(' | '),
          }).toEqual({
            probe: `${transport}: ${probe.name}`,
            codes: ['BAD_USER_INPUT'],
            messages: expect.not.stringMatching(/did you mean|suggest|"(id|me|OPEN|list)"/i),
          });
        }
        const introspection = await send('{ __schema { types { name } } }');
        expect({ transport, introspection }).toEqual({
          transport,
          introspection: [
            expect.objectContaining({
              message: expect.stringMatching(/introspection/i),
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          ],
        });
      }
    } finally {
      await socket.dispose();
    }
  });
});
