import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { IS_PUBLIC } from '../src/access/public.decorator';
import { ALLOWED_ROLES } from '../src/access/roles.decorator';
import { DEMO, graphql, signIn, startTestApp, TestApp } from './app';

/** Operations anyone may call. Everything else in the schema must demand a session. */
const PUBLIC_OPERATIONS = new Set([
  'Mutation.login',
  'Mutation.logout',
  'Mutation.acceptInvitation',
  'Query.invitationPreview',
  // Password recovery: a person who forgot their password has no session by definition.
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
  // The second step of a staff sign-in: it reads the pending sign-in, not a session.
  'Mutation.completeLogin',
]);

describe('deny by default', () => {
  let test: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    test = await startTestApp();
    schema = test.app.get(GraphQLSchemaHost).schema;
  });
  afterAll(() => test.close());

  const operations = () =>
    (['Query', 'Mutation', 'Subscription'] as const).flatMap((kind) => {
      const type =
        kind === 'Query'
          ? schema.getQueryType()
          : kind === 'Mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
    });

  it('answers UNAUTHENTICATED to every non-public operation in the schema without a session', async () => {
    const checked: string[] = [];
    for (const { kind, field } of operations()) {
      const name = `${kind}.${field.name}`;
      if (PUBLIC_OPERATIONS.has(name)) continue;
      const result = await graphql(test.browser(), operationFor(kind, field));
      expect({ name, codes: result.errors?.map((e) => e.extensions?.code) }).toEqual({
        name,
        codes: ['UNAUTHENTICATED'],
      });
      const leaked = Object.values(result.data ?? {}).filter((value) => value !== null);
      expect({ name, leaked }).toEqual({ name, leaked: [] });
      checked.push(name);
    }
    expect(checked).toEqual(
      expect.arrayContaining([
        'Query.me',
        'Query.caseload',
        'Query.clinicOverview',
        'Query.myCouple',
      ]),
    );
  });

  it('knows every public operation by name, so a new one cannot slip in unnoticed', () => {
    const names = operations().map(({ kind, field }) => `${kind}.${field.name}`);
    for (const name of PUBLIC_OPERATIONS) expect(names).toContain(name);
  });

  it('has an access rule (@Public or @Roles) on every resolver operation', () => {
    const discovery = test.app.get(DiscoveryService);
    const scanner = test.app.get(MetadataScanner);
    const reflector = test.app.get(Reflector);
    const missing: string[] = [];
    let seen = 0;
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const type = Reflect.getMetadata('graphql:resolver_type', handler);
        if (!['Query', 'Mutation', 'Subscription'].includes(type)) continue;
        seen++;
        const targets = [handler, instance.constructor];
        const ruled =
          reflector.getAllAndOverride(IS_PUBLIC, targets) ||
          reflector.getAllAndOverride(ALLOWED_ROLES, targets);
        if (!ruled) missing.push(`${instance.constructor.name}.${method}`);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(operations().length);
    expect(missing).toEqual([]);
  });

  it('refuses a signed-in user an operation of another role', async () => {
    const counselor = test.browser();
    await signIn(counselor, DEMO.counselor);
    for (const query of ['{ clinicOverview { counselorCount } }', '{ myCouple { id } }']) {
      const result = await graphql(counselor, query);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const client = test.browser();
    await signIn(client, DEMO.client);
    expect(
      (await graphql(client, '{ caseload { totalCount } }')).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

/** A syntactically valid call of `field` with placeholder arguments and a minimal selection. */
function operationFor(kind: string, field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter(
    (arg) => isNonNullType(arg.type) && arg.defaultValue === undefined,
  );
  const args = required.length
    ? `(${required.map((arg) => `${arg.name}: ${placeholder(arg.type)}`).join(', ')})`
    : '';
  const keyword = kind === 'Query' ? 'query' : kind === 'Mutation' ? 'mutation' : 'subscription';
  return `${keyword} { ${field.name}${args}${selection(getNamedType(field.type))} }`;
}

function selection(type: GraphQLNamedType): string {
  return isObjectType(type) || !isLeafType(type) ? ' { __typename }' : '';
}

function placeholder(type: GraphQLInputType): string {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return `[${placeholder(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return `{ ${fields.map((f) => `${f.name}: ${placeholder(f.type)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    case 'ID':
      return '"00000000-0000-4000-8000-000000000000"';
    case 'DateTime':
      return '"2026-01-01T00:00:00.000Z"';
    default:
      return '"placeholder"';
  }
}
