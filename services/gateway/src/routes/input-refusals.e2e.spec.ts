import { Role } from '@citypoints/contracts';
import { internalApi } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  builtInNameCases,
  notTextCases,
  queryNumberCases,
  queryString,
} from '../testing/input-cases';
import { createTenant, Person } from '../testing/people';
import { personOf, RouteExample, RouteInput, routeExamples } from '../testing/route-examples';
import { GatewayCluster, RunningGateway, startCluster } from '../testing/start-cluster';
import { API_PREFIX, GatewayRoute } from './gateway-route';
import { ROUTES } from './route-table';

/** JSON text of an object with one more field, `"field":"1"`, put first. */
const withField = (json: string, field: string) =>
  `{"${field}":"1"${json === '{}' ? '' : ','}${json.slice(1)}`;

/** JSON text as bytes, with a Latin-1 é (0xE9, not UTF-8) after the "1" that `field` holds. */
const withLatin1 = (json: string, field = 'padding') => {
  const [before, after] = json.split(`"${field}":"1"`);
  return Buffer.concat([
    Buffer.from(`${before}"${field}":"1`),
    Buffer.from([0xe9]),
    Buffer.from(`"${after}`),
  ]);
};

/** A list nested `levels` deep, as JSON text: 60 kB for 30,000 levels, under the body limit. */
const deepList = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('bad input of every kind is refused with 400 naming the field (from the route table)', () => {
  const tenant = 'input-town';
  let cluster: GatewayCluster;
  let examples: Record<string, RouteExample>;
  const people = new Map<Role, Person>();

  beforeAll(async () => {
    cluster = await startCluster({}, { DEVELOPMENT_ROUTES: 'true' });
    await createTenant(cluster, tenant);
    examples = await routeExamples(cluster, tenant);
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
  });

  /** A person of a role the route allows (none on public routes), one per role. */
  async function callerOf(route: GatewayRoute): Promise<Person | undefined> {
    if (route.access === 'public') return undefined;
    const role = route.access[0];
    if (!people.has(role)) people.set(role, await personOf(cluster, tenant, role));
    return people.get(role);
  }

  interface Change {
    input?: (input: RouteInput) => RouteInput;
    /** The query string instead of the example's. */
    query?: string;
    /** The body as JSON text (or bytes) instead of the example's. */
    json?: string | ((example: RouteInput) => string | Buffer);
  }

  /** The route's successful example call, changed, as a caller the route allows. */
  async function send(route: GatewayRoute, change: Change) {
    const actor = await callerOf(route);
    const input = (change.input ?? ((same) => same))(await examples[route.name](actor));
    const path = route.path.replace(
      /\{(\w+)\}/g,
      (_, name) => input.params?.[name] ?? randomUUID(),
    );
    const query = change.query ?? (input.query ? new URLSearchParams(input.query).toString() : '');
    const attempt = request(cluster.gateway.url)
      [route.method.toLowerCase() as 'post'](`${API_PREFIX}${path}${query && `?${query}`}`)
      .timeout(10_000);
    const signed = actor ? attempt.auth(actor.accessToken, { type: 'bearer' }) : attempt;
    const authorised = input.headers ? signed.set(input.headers) : signed;
    if (change.json) {
      const json = typeof change.json === 'string' ? change.json : change.json(input);
      // Bytes as they are: superagent would otherwise write a Buffer out as a JSON object.
      const asIs = (bytes: unknown) => bytes as string;
      return authorised.type('json').serialize(asIs).send(json);
    }
    return input.body ? authorised.send(input.body) : authorised;
  }

  const expectRefusalNaming = (
    response: { status: number; headers: Record<string, string>; body: unknown },
    field: string,
  ) => {
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      status: 400,
      errors: expect.arrayContaining([expect.objectContaining({ field })]),
    });
  };

  it.each(notTextCases(ROUTES).map((c) => [c.route.name, c.field, c.kind, c] as const))(
    '%s refuses %s holding %s',
    async (_name, field, _kind, { route, value }) => {
      const response = await send(route, {
        input: (example) => ({ ...example, body: { ...example.body, [field]: value } }),
      });
      expectRefusalNaming(response, field);
    },
  );

  it.each(queryNumberCases(ROUTES).map((c) => [c.route.name, c.field, c.kind, c] as const))(
    '%s refuses the query number %s %s',
    async (_name, field, _kind, numberCase) => {
      const response = await send(numberCase.route, { query: queryString(numberCase) });
      expectRefusalNaming(response, field);
    },
  );

  it.each(builtInNameCases(ROUTES).map((c) => [c.route.name, c.where, c.field, c] as const))(
    '%s refuses the unknown %s field %s, named like a property every object has',
    async (_name, where, field, { route }) => {
      // As JSON text: in an object literal, `__proto__` would set the prototype instead.
      const response = await send(
        route,
        where === 'body'
          ? { json: (example) => withField(JSON.stringify(example.body ?? {}), field) }
          : {
              input: (example) => ({ ...example, query: { ...example.query, [field]: '1' } }),
            },
      );
      expectRefusalNaming(response, field);
      expect(response.body.errors).toContainEqual({
        field,
        message: `${field} is not a known field`,
      });
    },
  );

  it.each(ROUTES.filter((route) => route.body).map((route) => [route.name, route] as const))(
    '%s refuses a body that is not valid UTF-8 with 400, rather than store U+FFFD',
    async (_name, route) => {
      const response = await send(route, {
        json: (example) => withLatin1(withField(JSON.stringify(example.body ?? {}), 'padding')),
      });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.detail).toBe('the body is not valid UTF-8');
    },
  );

  it('refuses a sign-up whose display name is not UTF-8, rather than store "Jos\uFFFD"', async () => {
    const signUp = ROUTES.find((route) => route.name === 'signUp') as GatewayRoute;
    const response = await send(signUp, {
      json: (example) =>
        withLatin1(JSON.stringify({ ...example.body, displayName: '1' }), 'displayName'),
    });
    expect(response.status).toBe(400);
    expect(response.body.detail).toBe('the body is not valid UTF-8');
  });

  it('refuses a history page before a version the ledger cannot hold, rather than 502', async () => {
    const history = ROUTES.find((route) => route.name === 'getMyHistory') as GatewayRoute;
    expectRefusalNaming(await send(history, { query: 'before=2147483648' }), 'before');
    const last = await send(history, { query: 'before=2147483647' });
    expect(last.status).toBe(200);
  });

  it.each(ROUTES.filter((route) => route.body).map((route) => [route.name, route] as const))(
    '%s refuses a body nested 30,000 levels deep with 400, not 500',
    async (_name, route) => {
      const response = await send(route, { json: `{"padding":${deepList(30_000)}}` });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.detail).toBe('the body must be nested at most 10 levels deep');
    },
  );

  it('refuses a body with more than 1000 fields and list items with 400', async () => {
    const signUp = ROUTES.find((route) => route.name === 'signUp') as GatewayRoute;
    const padding = Array.from({ length: 1001 }, () => 0);
    const response = await send(signUp, {
      input: (example) => ({ ...example, body: { ...example.body, padding } }),
    });
    expect(response.status).toBe(400);
    expect(response.body.detail).toBe('the body must hold at most 1000 fields and list items');
  });

  it.each([
    ['identity', () => cluster.identityUrl, `/tenants/${tenant}/sign-ups`],
    [
      'the ledger',
      () => cluster.ledgerUrl,
      `/tenants/${tenant}/accounts/${randomUUID()}/transfers`,
    ],
  ])(
    '%s refuses a body nested 30,000 levels deep on its internal API with 400, not 500',
    async (_service, url, path) => {
      const service = path.includes('accounts') ? 'ledger' : 'identity';
      const response = await (
        await internalApi(url(), service)
      )
        .post(path)
        .type('json')
        .send(`{"padding":${deepList(30_000)}}`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain('nested at most 10 levels');
    },
  );

  describe("the public sign-up applies identity's own rules", () => {
    const signUpPath = `${API_PREFIX}/tenants/${tenant}/sign-up`;
    const identity = () => internalApi(cluster.identityUrl, 'identity');
    /** A gateway replica that cannot reach identity: what it refuses, it refuses by itself. */
    let alone: RunningGateway;

    beforeAll(async () => {
      alone = await cluster.startGateway({ IDENTITY_URL: 'http://127.0.0.1:9' });
    });

    it('cannot reach identity through the replica on its own', async () => {
      const email = `${randomUUID()}@example.org`;
      const signUp = { email, password: 'correct horse battery', displayName: 'Ana' };
      expect((await request(alone.url).post(signUpPath).send(signUp)).status).toBe(503);
    });

    it.each([
      ['a breached password', 'password123'],
      ['a password of lower-case letters only', 'abcdefghijkl'],
      ['a short password', 'Ab1!x'],
    ])('refuses %s by itself, with the refusal identity gives', async (_case, password) => {
      const signUp = { email: `${randomUUID()}@example.org`, password, displayName: 'Ana' };
      const byIdentity = await (await identity()).post(`/tenants/${tenant}/sign-ups`).send(signUp);
      expect(byIdentity.status).toBe(400);
      expect(byIdentity.body.errors).toEqual([
        { field: 'password', message: expect.stringMatching(/^password /) },
      ]);
      for (const gateway of [cluster.gateway, alone]) {
        const response = await request(gateway.url).post(signUpPath).send(signUp);
        expectRefusalNaming(response, 'password');
        expect(response.body.errors).toEqual(byIdentity.body.errors);
      }
    });

    it('normalises an e-mail as identity does: typed two ways, it is one account', async () => {
      const local = `ana.${randomUUID().slice(0, 8)}`;
      const signedUp = await request(cluster.gateway.url)
        .post(signUpPath)
        .send({
          email: `  ${local.toUpperCase()}@Input-Town.EXAMPLE `,
          password: 'correct horse battery',
          displayName: 'Ana',
        });
      expect(signedUp.status).toBe(201);
      expect(signedUp.body.email).toBe(`${local}@input-town.example`);
      const again = await (await identity()).post(`/tenants/${tenant}/sign-ups`).send({
        email: ` ${local}@INPUT-town.example  `,
        password: 'a brand new passphrase',
        displayName: 'Ana',
      });
      expect(again.status).toBe(409);
      expect(again.body.errors).toContainEqual(expect.objectContaining({ field: 'email' }));
    });
  });
});
