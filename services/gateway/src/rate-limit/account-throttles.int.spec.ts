import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { citizen, createTenant, PASSWORD, Person } from '../testing/people';
import { GatewayCluster, RunningGateway, startCluster } from '../testing/start-cluster';

describe('throttles per account, whatever the client address', () => {
  const tenant = 'guarded-town';
  let cluster: GatewayCluster;
  let gateway: RunningGateway;
  let address = 0;

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, tenant);
    // Behind a proxy, so that each attempt can come from another client address.
    gateway = await cluster.startGateway({ TRUST_PROXY_HOPS: '1' });
  });

  afterAll(async () => {
    await cluster?.close();
  });

  const fromAnotherAddress = () => `192.0.2.${++address}`;
  const signIn = (email: string, password: string) =>
    request(gateway.url)
      .post(`/api/v1/tenants/${tenant}/sessions`)
      .set('x-forwarded-for', fromAnotherAddress())
      .send({ email, password });
  const requestReset = (email: string) =>
    request(gateway.url)
      .post(`/api/v1/tenants/${tenant}/password-resets`)
      .set('x-forwarded-for', fromAnotherAddress())
      .send({ email });

  it('refuses the 11th failed sign-in to one account with 429, from any address', async () => {
    const ana: Person = await citizen(cluster, tenant);
    const spellings = [ana.email, ana.email.toUpperCase()];
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await signIn(spellings[i % 2], 'not the password')).status);
    }
    expect(statuses).toEqual(Array(10).fill(401));

    const refused = await signIn(ana.email, 'not the password either');
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(refused.body.detail).toContain('failed sign-ins');
    // Until the window ends, even the right password waits; another account does not.
    expect((await signIn(ana.email, PASSWORD)).status).toBe(429);
    const rui = await citizen(cluster, tenant);
    expect((await signIn(rui.email, PASSWORD)).status).toBe(200);
  });

  it('starts the count over after a successful sign-in', async () => {
    const ana = await citizen(cluster, tenant);
    for (let i = 0; i < 9; i++) await signIn(ana.email, 'not the password');
    expect((await signIn(ana.email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < 9; i++) await signIn(ana.email, 'not the password');
    expect((await signIn(ana.email, PASSWORD)).status).toBe(200);
  });

  it('refuses a 4th password-reset mail to one address within the hour', async () => {
    const ana = await citizen(cluster, tenant);
    const statuses: number[] = [];
    for (const email of [ana.email, ana.email.toUpperCase(), ana.email]) {
      statuses.push((await requestReset(email)).status);
    }
    expect(statuses).toEqual([202, 202, 202]);
    const refused = await requestReset(ana.email);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.detail).toContain('password-reset mails');
    // An address nobody registered is counted alike, so the answer tells nothing.
    const nobody = `${randomUUID()}@example.org`;
    for (let i = 0; i < 3; i++) expect((await requestReset(nobody)).status).toBe(202);
    expect((await requestReset(nobody)).status).toBe(429);
  });
});
