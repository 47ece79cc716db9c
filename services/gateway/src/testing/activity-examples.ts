import { ActivityInputDto } from '@citypoints/http-contracts';
import request from 'supertest';
import { API_PREFIX } from '../routes/gateway-route';
import { Person } from './people';
import type { RouteExample } from './route-examples';
import { GatewayCluster } from './start-cluster';

/** Where the examples' residents stand: Cascais town hall. */
export const TOWN_HALL = { latitude: 38.6968, longitude: -9.4215 };

/**
 * A valid activity of Cascais, titled in every language a tenant may have as its default, so
 * that it is accepted whatever identity said; `change` overrides its fields.
 */
export function beachCleanUp(change: Partial<ActivityInputDto> = {}): Record<string, unknown> {
  return {
    titles: { en: 'Beach clean-up', pt: 'Limpeza de praia', sv: 'Strandstädning' },
    descriptions: { en: 'Gloves and bags at the lifeguard post.' },
    category: 'environment',
    points: 30,
    impact: { unit: 'kg collected', quantity: 2 },
    place: { latitude: 38.6979, longitude: -9.4229, radius: 150 },
    schedule: { kind: 'always' },
    methods: ['qr-gps', 'steward'],
    ...change,
  };
}

/** Creates a draft through the gateway as `admin`, publishing it when asked; its id. */
export async function activityOf(
  cluster: GatewayCluster,
  admin: Person,
  publish: boolean,
  body: Record<string, unknown> = beachCleanUp(),
): Promise<string> {
  const api = (method: 'post', path: string) =>
    request(cluster.gateway.url)
      [method](API_PREFIX + path)
      .auth(admin.accessToken, { type: 'bearer' });
  const created = await api('post', '/activities').send(body);
  if (created.status !== 201) throw new Error(`no activity: ${JSON.stringify(created.body)}`);
  const { activityId } = created.body as { activityId: string };
  if (publish) await api('post', `/activities/${activityId}/publication`).expect(200);
  return activityId;
}

/** A successful call of every activity route, in the tenant of `admin`. */
export async function activityExamples(
  cluster: GatewayCluster,
  admin: Person,
): Promise<Record<string, RouteExample>> {
  const published = await activityOf(cluster, admin, true);
  const draft = async () => ({ params: { activity: await activityOf(cluster, admin, false) } });
  const position = { latitude: String(TOWN_HALL.latitude), longitude: String(TOWN_HALL.longitude) };
  return {
    findNearbyActivities: async () => ({ query: { ...position, language: 'pt', limit: '10' } }),
    getActivityDetails: async () => ({
      params: { activity: published },
      query: { language: 'sv' },
    }),
    createActivity: async () => ({ body: beachCleanUp() }),
    listActivities: async () => ({ query: { state: 'published' } }),
    getActivity: draft,
    updateActivity: async () => ({
      ...(await draft()),
      body: { ...beachCleanUp({ points: 40 }), version: 1 },
    }),
    publishActivity: draft,
    archiveActivity: draft,
    rotateActivityCodes: draft,
    getActivityCodes: draft,
    getRotatingActivityCode: draft,
    getActivityPosterSvg: draft,
    getActivityPosterPdf: draft,
  };
}
