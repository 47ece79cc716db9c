import { Problem } from '@citypoints/platform';
import { ROLES } from '@citypoints/contracts';
import { routeMatcher } from './match-route';
import { ROUTES } from './route-table';

describe('the route table', () => {
  it('names each route once, and each method and path once', () => {
    const names = ROUTES.map((route) => route.name);
    const endpoints = ROUTES.map((route) => `${route.method} ${route.path}`);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(endpoints).size).toBe(endpoints.length);
  });

  it.each(ROUTES.map((route) => [route.name, route] as const))(
    '%s takes the tenant from the token unless it is public, and names known roles',
    (_name, route) => {
      if (route.access === 'public') {
        expect(route.path).toMatch(/^\/tenants\/\{tenant\}\//);
        expect(route.upstream).toBeDefined();
      } else {
        // Only a platform operator acts on a tenant the path names; everyone else on their own.
        if (route.path.includes('{tenant}')) expect(route.access).toEqual(['platform-operator']);
        expect(route.access.length).toBeGreaterThan(0);
        for (const role of route.access) expect(ROLES).toContain(role);
      }
    },
  );

  it('maps /me to the caller and the tenant to the token, never to the input', () => {
    const call = {
      tenant: 'cascais',
      me: '0194f1de-0000-7000-8000-000000000001',
      params: { group: '0194f1de-0000-7000-8000-000000000002' },
      body: { userId: 'someone-else', createdBy: 'someone-else', adjustedBy: 'someone-else' },
      query: {},
    };
    const fromToken = ROUTES.filter(
      (r) => r.access !== 'public' && r.upstream && !r.path.includes('{tenant}'),
    );
    for (const route of fromToken) {
      const path = route.upstream?.path(call) ?? '';
      if (path !== '/tenants') expect(path).toMatch(/^\/tenants\/cascais(\/|$)/);
      const body: Record<string, unknown> = route.upstream?.body?.(call) ?? call.body;
      const added = Object.keys(body).filter(
        (field) => body[field] !== call.body[field as 'userId'],
      );
      // What the gateway adds to a body is the caller's own id, whatever the body said.
      for (const field of added) expect(body[field]).toBe(call.me);
    }
  });

  it("adds a tenant's admin to the tenant the path names, always as a tenant admin", () => {
    const route = ROUTES.find((r) => r.name === 'addTenantAdmin');
    const call = {
      tenant: 'platform',
      me: '0194f1de-0000-7000-8000-000000000001',
      params: { tenant: 'cascais' },
      body: { email: 'ana@example.org', role: 'platform-operator' },
      query: {},
    };
    expect(route?.access).toEqual(['platform-operator']);
    expect(route?.upstream?.path(call)).toBe('/tenants/cascais/people');
    expect(route?.upstream?.body?.(call)).toEqual({
      email: 'ana@example.org',
      role: 'tenant-admin',
    });
  });

  it('passes the signed-in person to a sign-out, so nobody ends the session of another', () => {
    const route = ROUTES.find((r) => r.name === 'signOut');
    const call = {
      tenant: 'cascais',
      me: '0194f1de-0000-7000-8000-000000000001',
      params: {},
      body: { refreshToken: 'r', userId: '0194f1de-0000-7000-8000-000000000009' },
      query: {},
    };
    expect(route?.upstream?.body?.(call)).toEqual({ refreshToken: 'r', userId: call.me });
  });

  it('lets only signing out past the per-person limit, and marks what ends sessions', () => {
    const names = (pick: (route: (typeof ROUTES)[number]) => unknown) =>
      ROUTES.filter(pick).map((route) => route.name);
    expect(names((route) => route.pastPersonLimit)).toEqual(['signOut', 'signOutEverywhere']);
    expect(names((route) => route.endsSessions === 'caller')).toEqual([
      'changeMyPassword',
      'signOutEverywhere',
      'eraseMe',
    ]);
    expect(names((route) => route.endsSessions === 'answer')).toEqual([
      'confirmPasswordReset',
      'changePersonRole',
      'suspendPerson',
      'erasePerson',
    ]);
    expect(names((route) => route.served)).toEqual(['issueEventTicket', 'streamMyEvents']);
  });

  it('passes coordinates on in decimals, even the smallest', () => {
    const route = ROUTES.find((r) => r.name === 'findNearbyActivities');
    const call = {
      tenant: 'cascais',
      me: '0194f1de-0000-7000-8000-000000000001',
      params: {},
      body: {},
      query: { latitude: 0.0000001, longitude: -9.4215, openNow: true, limit: 5 },
    };
    expect(route?.upstream?.path(call)).toBe(
      '/tenants/cascais/activities/nearby?latitude=0.0000001&longitude=-9.4215&openNow=true&limit=5',
    );
  });
});

describe('routeMatcher', () => {
  const match = routeMatcher(ROUTES);
  const problemOf = (method: string, path: string) => {
    try {
      match(method, path);
    } catch (error) {
      return error as Problem;
    }
    throw new Error('matched');
  };

  it('finds the route and its parameters', () => {
    const group = '0194f1de-0000-7000-8000-000000000002';
    expect(match('GET', `/api/v1/groups/${group}/members`)).toMatchObject({
      route: { name: 'listGroupMembers' },
      params: { group },
    });
    expect(match('POST', '/api/v1/tenants/cascais/sign-up').params).toEqual({ tenant: 'cascais' });
  });

  it('answers 404, 405 with Allow, and 400 naming a malformed parameter', () => {
    expect(problemOf('GET', '/api/v1/nowhere').getStatus()).toBe(404);
    const wrongMethod = problemOf('PATCH', '/api/v1/me/balance');
    expect(wrongMethod.getStatus()).toBe(405);
    expect(wrongMethod.headers).toEqual({ Allow: 'GET' });
    const badTenant = problemOf('POST', '/api/v1/tenants/Not_A_Slug/sign-up');
    expect(badTenant.getStatus()).toBe(400);
    expect(badTenant.errors).toEqual([{ field: 'tenant', message: expect.any(String) }]);
    expect(problemOf('GET', '/api/v1/groups/42/members').errors?.[0].field).toBe('group');
  });

  it('prefers a literal segment to a parameter, for every method of the path', () => {
    const activity = '0194f1de-0000-7000-8000-000000000003';
    expect(match('GET', '/api/v1/activities/nearby').route.name).toBe('findNearbyActivities');
    expect(match('GET', `/api/v1/activities/${activity}`).route.name).toBe('getActivity');
    expect(match('PUT', `/api/v1/activities/${activity}`).route.name).toBe('updateActivity');
    const wrongMethod = problemOf('PUT', '/api/v1/activities/nearby');
    expect(wrongMethod.getStatus()).toBe(405);
    expect(wrongMethod.headers).toEqual({ Allow: 'GET' });
  });

  it('matches the literal characters of a path as they are', () => {
    const activity = '0194f1de-0000-7000-8000-000000000003';
    expect(match('GET', `/api/v1/activities/${activity}/poster.svg`).route.name).toBe(
      'getActivityPosterSvg',
    );
    expect(problemOf('GET', `/api/v1/activities/${activity}/poster-svg`).getStatus()).toBe(404);
  });
});
