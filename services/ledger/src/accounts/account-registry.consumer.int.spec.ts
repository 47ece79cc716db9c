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
import request from 'supertest';
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
    const response = await request(ledger.app.getHttpServer())
      .post(`/tenants/${tenant}/accounts/${giver}/${path}`)
      .send({ ...body, points: 5 });
    if (response.status === 200) given += 5;
    return response;
  };
  const untilStatus = (
    description: string,
    attempt: () => Promise<{ status: number }>,
    status: number,
  ) => waitFor(description, async () => ((await attempt()).status === status ? true : undefined));

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
    expect(await ledger.ledger.balance(tenant, receiver)).toBe(given);
    expect(await ledger.ledger.balance(tenant, giver)).toBe(100 - given);
  });

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
    expect(await ledger.ledger.balance(tenant, giver)).toBe(100 - given);
  });
});
