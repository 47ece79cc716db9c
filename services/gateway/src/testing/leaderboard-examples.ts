import { waitFor } from '@citypoints/testing';
import request from 'supertest';
import { API_PREFIX } from '../routes/gateway-route';
import { citizen, Person } from './people';
import { rankingsKnowsMembers } from './rankings-memberships';
import type { RouteExample } from './route-examples';
import { GatewayCluster } from './start-cluster';

/**
 * A successful call of every leaderboard route, in the tenant of `admin`: a resident founds a
 * group, which a neighbour joins, and once rankings knows the group both check in as `checkIn`
 * (checkInExamples') says; once rankings has their points, the resident is the person hidden
 * and shown again, and the group is on the group boards with both members' contributions. A
 * past year is closed to read, and each closure example closes a past week of its own (201).
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
  const neighbour = await citizen(cluster, admin.tenant);
  const founded = await as(ranked)('post', '/groups')
    .send({ name: 'Tide watchers', kind: 'team' })
    .expect(201);
  const { groupId, inviteCode } = founded.body as { groupId: string; inviteCode: string };
  await as(neighbour)('post', '/groups/memberships').send({ inviteCode }).expect(200);
  await rankingsKnowsMembers(cluster, groupId, [ranked.userId, neighbour.userId]);
  for (const resident of [ranked, neighbour]) {
    const { body, headers = {} } = await checkIn(resident);
    await as(resident)('post', '/check-ins').set(headers).send(body).expect(201);
  }
  await waitFor('rankings to rank the residents and their group', async () => {
    const board = await as(ranked)('get', '/leaderboards/people/me?period=all');
    const members = await as(ranked)('get', `/leaderboards/groups/${groupId}/members?period=all`);
    return board.body.entry && members.body.total === 2 ? true : undefined;
  });
  await as(admin)('post', '/leaderboards/closures?period=2024').expect(201);
  const person = async () => ({ params: { person: ranked.userId } });
  const group = { group: groupId };
  let week = 0;
  return {
    getPeopleLeaderboard: async () => ({
      query: { period: 'month', category: 'environment', limit: '10', offset: '0' },
    }),
    getMyLeaderboardStanding: async () => ({ query: { period: 'all', span: '2' } }),
    getLeaderboardNextReset: async () => ({ query: { period: 'week' } }),
    getGroupLeaderboard: async () => ({
      query: { period: 'all', ranking: 'total', category: 'all', limit: '10', offset: '0' },
    }),
    getGroupStanding: async () => ({
      params: group,
      query: { period: 'year', ranking: 'total', span: '2' },
    }),
    getMyGroupsStanding: async () => ({
      query: { period: 'month', ranking: 'average', category: 'all' },
    }),
    listGroupContributions: async () => ({
      params: group,
      query: { period: 'month', category: 'all', limit: '10', offset: '0' },
    }),
    getPastLeaderboard: async () => ({ query: { period: '2024', limit: '10', offset: '0' } }),
    closeLeaderboardPeriod: async () => {
      week += 1;
      return { query: { period: `2025-W${String(week).padStart(2, '0')}` } };
    },
    listHiddenPeople: async () => ({}),
    hidePerson: person,
    showPerson: person,
  };
}
