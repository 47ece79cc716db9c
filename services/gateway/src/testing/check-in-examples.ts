import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { API_PREFIX } from '../routes/gateway-route';
import { activityOf, beachCleanUp } from './activity-examples';
import { citizen, Person } from './people';
import type { RouteExample } from './route-examples';
import { GatewayCluster } from './start-cluster';

/** Where beachCleanUp's place is, with a phone's accuracy. */
const ON_THE_BEACH = { latitude: 38.6979, longitude: -9.4229, accuracy: 10 };

/**
 * A successful call of every check-in route, in the tenant of `admin`: a published activity
 * residents check in to (verification has heard of it before this answers), a resident whose
 * personal QR code a steward scans, and a check-in held for review by the tenant's rules.
 */
export async function checkInExamples(
  cluster: GatewayCluster,
  admin: Person,
): Promise<Record<string, RouteExample>> {
  const as = (person: Person) => (method: 'get' | 'post' | 'patch', path: string) =>
    request(cluster.gateway.url)
      [method](API_PREFIX + path)
      .auth(person.accessToken, { type: 'bearer' });
  const activityId = await activityOf(cluster, admin, true, beachCleanUp());
  const codes = await as(admin)('get', `/activities/${activityId}/codes`).expect(200);
  const checkInBody = () => ({
    code: codes.body.code,
    position: ON_THE_BEACH,
    scannedAt: new Date().toISOString(),
  });
  const resident = await citizen(cluster, admin.tenant);
  await waitFor('verification to know the tenant and the activity', async () => {
    const response = await as(resident)('post', '/check-ins')
      .set('idempotency-key', randomUUID())
      .send(checkInBody());
    return response.status === 201 ? true : undefined;
  });
  // Check-ins less accurate than 30 m wait for an admin from now on.
  await as(admin)('patch', '/tenant/settings')
    .send({ verification: { reviewAccuracyMetres: 30 } })
    .expect(200);
  const held = async (): Promise<string> => {
    const person = await citizen(cluster, admin.tenant);
    return waitFor('a check-in held for review', async () => {
      const response = await as(person)('post', '/check-ins')
        .set('idempotency-key', randomUUID())
        .send({ ...checkInBody(), position: { ...ON_THE_BEACH, accuracy: 60 } });
      return response.status === 202 ? (response.body.id as string) : undefined;
    });
  };
  const key = () => ({ 'idempotency-key': randomUUID() });
  return {
    checkIn: async () => ({ body: checkInBody(), headers: key() }),
    listMyParticipations: async () => ({ query: { limit: '10' } }),
    stewardCheckIn: async () => {
      const holder = await citizen(cluster, admin.tenant);
      const qr = await as(holder)('post', '/me/qr-token').expect(201);
      return { body: { activityId, personalCode: qr.body.token }, headers: key() };
    },
    listPersonParticipations: async () => ({
      params: { person: resident.userId },
      query: { limit: '10' },
    }),
    listReviews: async () => ({ query: { limit: '10' } }),
    decideReview: async () => ({
      params: { participation: await held() },
      body: { decision: 'approve', reason: 'seen on the camera' },
    }),
  };
}
