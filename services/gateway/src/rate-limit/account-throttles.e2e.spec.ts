import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { citizen, createTenant, PASSWORD, Person } from '../testing/people';
import { GatewayCluster, RunningGateway, startCluster } from '../testing/start-cluster';

describe('throttles per account: per client address, and over all addresses', () => {
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
  const signIn = (email: string, password: string, from = fromAnotherAddress(), to = gateway) =>
    request(to.url)
      .post(`/api/v1/tenants/${tenant}/sessions`)
      .set('x-forwarded-for', from)
      .send({ email, password });
  const requestReset = (email: string) =>
    request(gateway.url)
      .post(`/api/v1/tenants/${tenant}/password-resets`)
      .set('x-forwarded-for', fromAnotherAddress())
      .send({ email });

  it('refuses the 11th failed sign-in from one network, but not the owner elsewhere', async () => {
    const ana: Person = await citizen(cluster, tenant);
    const attacker = fromAnotherAddress();
    const spellings = [ana.email, ana.email.toUpperCase()];
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await signIn(spellings[i % 2], 'not the password', attacker)).status);
    }
    expect(statuses).toEqual(Array(10).fill(401));

    const refused = await signIn(ana.email, 'not the password either', attacker);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(refused.body.detail).toContain('failed sign-ins to this account from this network');
    // Until the window ends, even the right password waits there; Ana elsewhere does not.
    expect((await signIn(ana.email, PASSWORD, attacker)).status).toBe(429);
    expect((await signIn(ana.email, PASSWORD)).status).toBe(200);
  });

  it('counts an IPv6 client per network, so rotating through its /64 gains nothing', async () => {
    const ana = await citizen(cluster, tenant);
    const statuses: number[] = [];
    for (let i = 1; i <= 11; i++) {
      statuses.push((await signIn(ana.email, 'not the password', `2001:db8:9:1::${i}`)).status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    expect((await signIn(ana.email, PASSWORD, '[2001:db8:9:1::ff]:443')).status).toBe(429);
    expect((await signIn(ana.email, PASSWORD, '2001:db8:9:2::1')).status).toBe(200);
  });

  it('bounds a guess spread over many networks by a limit per account', async () => {
    const strict = await cluster.startGateway({
      TRUST_PROXY_HOPS: '1',
      SIGN_IN_FAILURES_PER_CLIENT: '2',
      SIGN_IN_FAILURES_PER_ACCOUNT: '5',
    });
    const ana = await citizen(cluster, tenant);
    const [one, two, three] = [fromAnotherAddress(), fromAnotherAddress(), fromAnotherAddress()];
    const statuses: number[] = [];
    for (const from of [one, one, two, two, three]) {
      statuses.push((await signIn(ana.email, 'not the password', from, strict)).status);
    }
    expect(statuses).toEqual(Array(5).fill(401));

    const refused = await signIn(ana.email, PASSWORD, fromAnotherAddress(), strict);
    expect(refused.status).toBe(429);
    expect(refused.body.detail).toBe('too many failed sign-ins to this account: at most 5 an hour');
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60 * 60);
    const rui = await citizen(cluster, tenant);
    expect((await signIn(rui.email, PASSWORD, one, strict)).status).toBe(200);
  });

  it('starts the counts over after a successful sign-in', async () => {
    const strict = await cluster.startGateway({
      TRUST_PROXY_HOPS: '1',
      SIGN_IN_FAILURES_PER_CLIENT: '3',
      SIGN_IN_FAILURES_PER_ACCOUNT: '5',
    });
    const ana = await citizen(cluster, tenant);
    const from = fromAnotherAddress();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++) await signIn(ana.email, 'not the password', from, strict);
      for (let i = 0; i < 2; i++) await signIn(ana.email, 'not the password', undefined, strict);
      expect((await signIn(ana.email, PASSWORD, from, strict)).status).toBe(200);
    }
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
