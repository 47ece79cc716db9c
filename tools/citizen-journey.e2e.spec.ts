import { CausePublished, createEvent, Topics } from '@citypoints/contracts';
import { Cluster, ServiceName } from '@citypoints/cluster';
import { produceEvents, uniqueName, waitFor } from '@citypoints/testing';
import { callJson, serviceAuthorization } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { onceVerificationKnows, ON_THE_BEACH, Town, startWholeSystem } from './e2e-town';

// A resident's journey through the public API, with every service as its own process: sign up,
// take part, see the points, give some to a neighbour and a cause, then be forgotten, while the
// ledger's books keep adding up.
describe('citizen journey through the gateway', () => {
  const prefix = `${uniqueName('journey')}.`;
  const tenant = `journey-${randomUUID().slice(0, 8)}`;
  let cluster: Cluster<ServiceName>;
  let gateway: string;
  let ledger: string;
  let town: Town;

  const asService = async (name: string) => ({ authorization: await serviceAuthorization(name) });

  beforeAll(async () => {
    cluster = await startWholeSystem(prefix);
    [gateway, ledger] = [cluster.services.gateway.url, cluster.services.ledger.url];
    town = new Town(tenant, gateway, cluster.services.identity.url);
  }, 180_000);

  afterAll(async () => {
    await cluster?.close();
  });

  const api = (path: string) => `${gateway}/api/v1${path}`;

  async function resident(name: string) {
    const credentials = { email: `${name}@${tenant}.example`, password: `${name}-likes-beaches-7` };
    const signUp = await callJson(api(`/tenants/${tenant}/sign-up`), {
      body: { ...credentials, displayName: name },
    });
    expect(signUp.status).toBe(201);
    const session = await callJson(api(`/tenants/${tenant}/sessions`), { body: credentials });
    expect(session.status).toBe(200);
    return { ...credentials, userId: session.body.userId, token: session.body.accessToken };
  }

  it('earns, gives and is forgotten, and the books still add up', async () => {
    await town.found('sv', 'Europe/Stockholm');
    const admin = await town.staff('tenant-admin');
    const ana = await resident('ana');
    const rui = await resident('rui');
    const balance = async (person: { token: string }) =>
      (await callJson(api('/me/balance'), { token: person.token })).body.balance as number;

    // Ana takes part in three of the town's activities, checking in on the beach with each
    // one's poster code.
    for (const [points, title] of [
      [10, 'Beach clean-up'],
      [25, 'Dune planting'],
      [5, 'Litter count'],
    ] as const) {
      const { code } = await town.publishActivity(admin, points, title);
      const checkIn = { code, position: ON_THE_BEACH, scannedAt: new Date().toISOString() };
      const key = randomUUID();
      const verified = await onceVerificationKnows(() => town.checkIn(ana, checkIn, key));
      expect([verified.status, verified.body.state, verified.body.points]).toEqual([
        201,
        'verified',
        points,
      ]);
    }
    await waitFor('the points to reach the ledger', async () =>
      (await balance(ana)) === 40 ? true : undefined,
    );

    // Rui's account opens when identity's UserRegistered reaches the ledger.
    const transfer = { transferId: randomUUID(), to: rui.userId, points: 15 };
    await waitFor('the gift to Rui', async () => {
      const response = await callJson(api('/me/transfers'), { body: transfer, token: ana.token });
      if (response.status === 404) return undefined;
      expect(response.status).toBe(200);
      return true;
    });
    const causeId = randomUUID();
    const cause = createEvent(
      CausePublished,
      { causeId },
      { source: '/tests/rewards', tenantid: tenant },
    );
    await produceEvents(prefix + Topics.rewards, [cause], `${tenant}:${causeId}`);
    const donation = { donationId: randomUUID(), causeId, points: 5 };
    await waitFor('the donation', async () => {
      const response = await callJson(api('/me/donations'), { body: donation, token: ana.token });
      if (response.status === 404) return undefined;
      expect(response.status).toBe(200);
      return true;
    });
    expect(await balance(ana)).toBe(20);
    expect(await balance(rui)).toBe(15);

    const history = await callJson(api('/me/history'), { token: ana.token });
    expect(history.body.entries.map((entry: { kind: string }) => entry.kind)).toEqual([
      'donate',
      'transfer',
      'earn',
      'earn',
      'earn',
    ]);

    expect((await callJson(api('/me'), { method: 'DELETE', token: ana.token })).status).toBe(204);
    const signIn = await callJson(api(`/tenants/${tenant}/sessions`), {
      body: { email: ana.email, password: ana.password },
    });
    expect(signIn.status).toBe(401);

    const [received] = (await callJson(api('/me/history'), { token: rui.token })).body.entries;
    expect(received).toEqual(
      expect.objectContaining({ kind: 'transfer', amount: 15, counterparty: ana.userId }),
    );
    const totals = await waitFor("Ana's points to leave circulation", async () => {
      const { body } = await callJson(`${ledger}/tenants/${tenant}/totals`, {
        headers: await asService('ledger'),
      });
      return body.forfeited === 20 ? body : undefined;
    });
    expect(totals).toEqual({
      issued: 40,
      spent: 0,
      donated: 5,
      expired: 0,
      forfeited: 20,
      inCirculation: 15,
    });
  }, 120_000);
});
