import { waitFor } from '@citypoints/testing';
import request from 'supertest';
import { API_PREFIX } from '../routes/gateway-route';
import { citizen, Person } from './people';
import type { RouteExample } from './route-examples';
import { GatewayCluster } from './start-cluster';

/**
 * A successful call of every leaderboard route, in the tenant of `admin`: a resident checks in
 * as `checkIn` (checkInExamples') says, and once rankings has their points they are the person
 * hidden and shown again.
 */
export async function leaderboardExamples(
  cluster: GatewayCluster,
  admin: Person,
  checkIn: RouteExample,
): Promise<Record<string, RouteExample>> {
  const as = (person: Person) => (method: 'get' | 'post', path: string) =>
    request(cluster.gateway.url)
      [method](API_PREFIX + path)
      .auth(person.accessToken, { type: 'bearer' });
  const ranked = await citizen(cluster, admin.tenant);
  const { body, headers = {} } = await checkIn(ranked);
  await as(ranked)('post', '/check-ins').set(headers).send(body).expect(201);
  await waitFor('rankings to rank the resident', async () => {
    const board = await as(ranked)('get', '/leaderboards/people/me?period=all');
    return board.body.entry ? true : undefined;
  });
  const person = async () => ({ params: { person: ranked.userId } });
  return {
    getPeopleLeaderboard: async () => ({
      query: { period: 'month', category: 'environment', limit: '10', offset: '0' },
    }),
    getMyLeaderboardStanding: async () => ({ query: { period: 'all', span: '2' } }),
    getLeaderboardNextReset: async () => ({ query: { period: 'week' } }),
    listHiddenPeople: async () => ({}),
    hidePerson: person,
    showPerson: person,
  };
}
