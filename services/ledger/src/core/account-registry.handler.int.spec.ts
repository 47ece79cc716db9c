import {
  CauseArchived,
  CausePublished,
  createEvent,
  Topics,
  UserErased,
  UserRegistered,
} from '@citypoints/contracts';
import { produceEvents, waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';

describe('account registry: accounts open and close with identity and rewards', () => {
  const tenant = 'registry-town';
  let ledger: LedgerUnderTest;

  beforeAll(async () => {
    ledger = await startLedger();
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const from = (source: string) => ({ source, tenantid: tenant });
  let given = 0;
  beforeEach(() => (given = 0));
  // Counts what got through: gifts keep succeeding until the closing event is handled.
  const give = async (giver: string, path: string, body: object) => {
    const response = await ledger
      .http()
      .post(`/tenants/${tenant}/accounts/${giver}/${path}`)
      .send({ ...body, points: 5 });
    if (response.status === 200) given += 5;
    return response;
  };
  const untilStatus = <R extends { status: number }>(
    description: string,
    attempt: () => Promise<R>,
    status: number,
  ) =>
    waitFor(description, async () => {
      const response = await attempt();
      return response.status === status ? response : undefined;
    });

  it('lets a registered person receive gifts until they are erased', async () => {
    const [giver, receiver] = [randomUUID(), randomUUID()];
    await ledger.earn(tenant, giver, 100);
    const gift = () => give(giver, 'transfers', { transferId: randomUUID(), to: receiver });
    expect((await gift()).status).toBe(404);

    const registered = createEvent(
      UserRegistered,
      { userId: receiver, role: 'citizen' },
      from('/citypoints/identity'),
    );
    await produceEvents(ledger.topic(Topics.identity), [registered], `${tenant}:${receiver}`);
    await untilStatus('the receiver to be registered', gift, 200);

    const erased = createEvent(UserErased, { userId: receiver }, from('/citypoints/identity'));
    await produceEvents(ledger.topic(Topics.identity), [erased], `${tenant}:${receiver}`);
    await untilStatus('the receiver to be erased', gift, 409);
    expect(given).toBeGreaterThan(0);
    // What the receiver was given left circulation with the erasure.
    expect(await ledger.balance(tenant, receiver)).toBe(0);
    expect(await ledger.balance(tenant, 'system:points-forfeited')).toBe(given);
    expect(await ledger.balance(tenant, giver)).toBe(100 - given);
  });

  it.each(['verifier', 'tenant-admin', 'partner-staff', 'platform-operator'] as const)(
    'refuses gifts and adjustments to a registered %s, whose account takes no points',
    async (role) => {
      const [giver, member] = [randomUUID(), randomUUID()];
      await ledger.earn(tenant, giver, 100);
      const registered = createEvent(
        UserRegistered,
        { userId: member, role },
        from('/citypoints/identity'),
      );
      await produceEvents(ledger.topic(Topics.identity), [registered], `${tenant}:${member}`);
      const gift = () => give(giver, 'transfers', { transferId: randomUUID(), to: member });
      const refused = await untilStatus(`the ${role} to be registered`, gift, 409);
      expect(refused.body.detail).toBe(
        `${member} is a staff account: points move only to and from citizens and causes`,
      );
      const adjusted = await ledger
        .http()
        .post(`/tenants/${tenant}/accounts/${member}/adjustments`)
        .send({ adjustmentId: randomUUID(), points: 5, reason: 'bonus', adjustedBy: giver });
      expect(adjusted.status).toBe(409);
      expect(given).toBe(0);
      expect(await ledger.balance(tenant, member)).toBe(0);
    },
  );

  it('takes donations for a published cause until it is archived', async () => {
    const [giver, causeId] = [randomUUID(), randomUUID()];
    await ledger.earn(tenant, giver, 100);
    const donate = () => give(giver, 'donations', { donationId: randomUUID(), causeId });
    expect((await donate()).status).toBe(404);

    const published = createEvent(CausePublished, { causeId }, from('/citypoints/rewards'));
    await produceEvents(ledger.topic(Topics.rewards), [published], `${tenant}:${causeId}`);
    await untilStatus('the cause to be published', donate, 200);

    const archived = createEvent(CauseArchived, { causeId }, from('/citypoints/rewards'));
    await produceEvents(ledger.topic(Topics.rewards), [archived], `${tenant}:${causeId}`);
    await untilStatus('the cause to be archived', donate, 409);
    expect(given).toBeGreaterThan(0);
    expect(await ledger.balance(tenant, giver)).toBe(100 - given);
  });
});
