import { ROLES, Role } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { API_PREFIX, GatewayRoute, HttpMethod } from '../routes/gateway-route';
import { ROUTES } from '../routes/route-table';
import { Answer, declaredAnswers } from '../testing/declared-answers';
import { createTenant, Person } from '../testing/people';
import { personOf, RouteExample, RouteInput, routeExamples } from '../testing/route-examples';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

/** Each path of the table, with the routes (methods) it takes. */
const PATHS = [...new Set(ROUTES.map((route) => route.path))].map(
  (path) => [path, ROUTES.filter((route) => route.path === path)] as const,
);
const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Each route with every caller: anonymous, then each role. */
const MATRIX = ROUTES.flatMap((route) =>
  (['anonymous', ...ROLES] as const)
    .filter((who) => route.access !== 'public' || who === 'anonymous')
    .map((who) => [route.name, who, route] as const),
);

describe('every answer matches the OpenAPI document (role × route, from the route table)', () => {
  const tenant = 'conformance-town';
  let cluster: GatewayCluster;
  let examples: Record<string, RouteExample>;
  let conformance: ReturnType<typeof declaredAnswers>;
  const people = new Map<Role, Person>();

  beforeAll(async () => {
    cluster = await startCluster({}, { DEVELOPMENT_ROUTES: 'true' });
    await createTenant(cluster, tenant);
    examples = await routeExamples(cluster, tenant);
    for (const role of ROLES) people.set(role, await personOf(cluster, tenant, role));
    const served = await fetch(`${cluster.gateway.url}/api/openapi.json`);
    conformance = declaredAnswers((await served.json()) as object);
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
  });

  /** Calls a route as the document names it; the live stream is read to its first event. */
  async function send(route: GatewayRoute, input: RouteInput, token?: string): Promise<Answer> {
    const path = route.path.replace(
      /\{(\w+)\}/g,
      (_, name) => input.params?.[name] ?? randomUUID(),
    );
    const query = input.query ? `?${new URLSearchParams(input.query)}` : '';
    const controller = new AbortController();
    const response = await fetch(cluster.gateway.url + API_PREFIX + path + query, {
      method: route.method,
      headers: {
        ...(token && { authorization: `Bearer ${token}` }),
        ...(input.body && { 'content-type': 'application/json' }),
        ...input.headers,
      },
      body: input.body && JSON.stringify(input.body),
      signal: controller.signal,
    });
    const type = (response.headers.get('content-type') ?? '').split(';')[0];
    if (type !== 'text/event-stream') {
      return { status: response.status, type, text: await response.text() };
    }
    const { value } = await (response.body as ReadableStream<Uint8Array>).getReader().read();
    controller.abort();
    return { status: response.status, type, text: Buffer.from(value ?? []).toString() };
  }

  const expectConforming = (route: GatewayRoute, answer: Answer) => {
    const discrepancies = conformance(API_PREFIX + route.path, route.method, answer);
    const said = `answered ${answer.status} ${answer.type}: ${answer.text.slice(0, 500)}`;
    expect(discrepancies.length === 0 ? [] : [...discrepancies, said]).toEqual([]);
  };

  it('finds an answer off its schema, or of a status not declared, so the check can fail', () => {
    const balance = '/api/v1/me/balance';
    const json = (value: unknown) => ({ type: 'application/json', text: JSON.stringify(value) });
    const accountId = randomUUID();
    expect(
      conformance(balance, 'GET', { status: 200, ...json({ accountId, balance: 3 }) }),
    ).toEqual([]);
    expect(
      conformance(balance, 'GET', { status: 200, ...json({ accountId, balance: 3, email: 'x' }) }),
    ).toEqual([' must NOT have additional properties']);
    expect(conformance(balance, 'GET', { status: 418, ...json({}) })).toEqual([
      `418 is not declared for GET ${balance}`,
    ]);
    expect(conformance(balance, 'GET', { status: 404, ...json({ title: 'Not Found' }) })).toEqual([
      'application/json is not declared for 404',
    ]);
  });

  it('has a successful call for every route of the table', () => {
    expect(ROUTES.map((route) => route.name).filter((name) => !examples[name])).toEqual([]);
  });

  it.each(MATRIX)('%s answers the %s as its schema says', async (name, who, route) => {
    const allowed = route.access === 'public' || route.access.includes(who as Role);
    const actor =
      who === 'anonymous'
        ? undefined
        : allowed
          ? await personOf(cluster, tenant, who)
          : people.get(who);
    const input = allowed ? await examples[name](actor) : {};
    const answer = await send(route, input, actor?.accessToken);
    expect(answer.status).toBe(allowed ? route.status : actor ? 403 : 401);
    expectConforming(route, answer);
  });

  it.each(PATHS)(
    '%s answers a method it does not take with 405 as its operations declare',
    async (path, routes) => {
      const taken = routes.map((route) => route.method);
      const other = METHODS.find((method) => !taken.includes(method)) as HttpMethod;
      const answer = await send({ ...routes[0], method: other }, {});
      expect(answer.status).toBe(405);
      // A 405 belongs to the path: each of its operations declares it.
      for (const method of taken) {
        expect(conformance(API_PREFIX + path, method, answer)).toEqual([]);
      }
    },
  );

  it.each(ROUTES.map((route) => [route.name, route] as const))(
    '%s answers bad input with problem details as its schema says',
    async (name, route) => {
      const role = route.access === 'public' ? undefined : route.access[0];
      const actor = role && (await personOf(cluster, tenant, role));
      const input = await examples[name](actor);
      const bad = route.body
        ? { ...input, body: { unknown: 1 } }
        : { ...input, query: { unknown: '1' } };
      const answer = await send(route, bad, actor?.accessToken);
      expect(answer.status).toBe(400);
      expectConforming(route, answer);
    },
  );
});
