import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { loadEnvironment } from '../src/config/environment';
import { createApp } from '../src/create-app';
import { createTestDatabase, TestDatabase } from './database';

export interface TestApp {
  app: INestApplication;
  database: TestDatabase;
  /** A cookie-keeping HTTP client, as one browser would be. */
  browser(): ReturnType<typeof request.agent>;
  close(): Promise<void>;
}

/** The real application on a fresh database, served over HTTP on an ephemeral port. */
export async function startTestApp(
  env: Record<string, string> = {},
  /** Another replica on an existing database: closing it leaves the database. */
  shared?: TestDatabase,
): Promise<TestApp> {
  const database = shared ?? (await createTestDatabase());
  const environment = loadEnvironment({ NODE_ENV: 'test', LOG_LEVEL: 'error', ...env });
  const app = await createApp({ environment, database, clientDist: null });
  await app.init();
  return {
    app,
    database,
    browser: () => request.agent(app.getHttpServer()),
    close: async () => {
      await app.close();
      if (!shared) await database.drop();
    },
  };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
  headers: Record<string, string | string[] | undefined>;
}

/** Posts one operation as the browser client does (JSON, so CSRF prevention lets it through). */
export async function graphql<T = Record<string, unknown>>(
  agent: ReturnType<typeof request.agent>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResult<T>> {
  const response = await agent
    .post('/graphql')
    .set('Content-Type', 'application/json')
    .set(headers)
    .send({ query, variables });
  return { status: response.status, ...response.body, headers: response.headers };
}

export const DEMO = {
  password: 'tandem-demo-password',
  admin: 'admin@riverbend.example',
  counselor: 'maya.okafor@riverbend.example',
  otherCounselor: 'daniel.reyes@riverbend.example',
  client: 'alex.morgan@riverbend.example',
  otherClinicAdmin: 'admin@harborlight.example',
  otherClinicCounselor: 'lena.hoffmann@harborlight.example',
};

export async function signIn(
  agent: ReturnType<typeof request.agent>,
  email: string,
  password = DEMO.password,
) {
  const result = await graphql(
    agent,
    'mutation ($input: LoginInput!) { login(input: $input) { id role } }',
    {
      input: { email, password },
    },
  );
  if (result.errors) throw new Error(`sign-in as ${email} failed: ${result.errors[0].message}`);
  const { id, role } = (result.data as { login: { id: string; role: string } }).login;
  const cookie = /tandem_session=[^;]+/.exec(String(result.headers['set-cookie']))![0];
  return { id, role, cookie };
}
