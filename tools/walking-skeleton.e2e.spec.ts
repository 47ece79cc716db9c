import {
  createEvent,
  fromKafkaMessage,
  ParticipationVerified,
  PointsEarned,
  toKafkaMessage,
  Topics,
} from '@citypoints/contracts';
import { Cluster, RunningService, ServiceName } from '@citypoints/cluster';
import { createTopics, testConnection, uniqueName, waitFor } from '@citypoints/testing';
import { serviceAuthorization } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { Kafka, KafkaMessage, logLevel } from 'kafkajs';
import { onceVerificationKnows, ON_THE_BEACH, Town, startWholeSystem } from './e2e-town';

// A participation verified by verification arrives, through real Kafka, as exactly one credit
// in the ledger, which publishes exactly one PointsEarned.
describe('walking skeleton: verification → Kafka → ledger', () => {
  // Topics of its own, so that no other test's consumer takes this test's messages.
  const prefix = `${uniqueName('skeleton')}.`;
  const tenantId = `skeleton-${randomUUID().slice(0, 8)}`;
  let cluster: Cluster<ServiceName>;
  let ledger: RunningService;
  let town: Town;
  const pointsEarned: KafkaMessage[] = [];
  const kafka = new Kafka({
    brokers: testConnection().KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  const reader = kafka.consumer({ groupId: uniqueName('skeleton-reader') });

  beforeAll(async () => {
    cluster = await startWholeSystem(prefix);
    const { identity, gateway } = cluster.services;
    ledger = cluster.services.ledger;
    town = new Town(tenantId, gateway.url, identity.url);
    await createTopics([prefix + Topics.ledger]);
    await reader.connect();
    await reader.subscribe({ topic: prefix + Topics.ledger, fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void pointsEarned.push(message) });
  }, 180_000);

  afterAll(async () => {
    await reader.disconnect();
    await cluster?.close();
  });

  async function balance(tenant: string, user: string): Promise<number> {
    const response = await fetch(`${ledger.url}/tenants/${tenant}/accounts/${user}/balance`, {
      headers: { authorization: await serviceAuthorization('ledger') },
    });
    return ((await response.json()) as { balance: number }).balance;
  }

  it('credits a verified check-in exactly once', async () => {
    await town.found();
    const admin = await town.staff('tenant-admin');
    const resident = await town.resident('ana');
    const { code } = await town.publishActivity(admin, 30);

    const key = randomUUID();
    const checkIn = { code, position: ON_THE_BEACH, scannedAt: new Date().toISOString() };
    const response = await onceVerificationKnows(() => town.checkIn(resident, checkIn, key));
    expect(response.status).toBe(201);
    const { id: participationId, state } = response.body as { id: string; state: string };
    expect(state).toBe('verified');
    const userId = resident.userId;

    await waitFor('the points to reach the ledger', async () =>
      (await balance(tenantId, userId)) === 30 ? true : undefined,
    );
    const earned = await waitFor('PointsEarned on the ledger topic', async () => {
      const mine = pointsEarned
        .map((message) => fromKafkaMessage(message))
        .filter((event) => event.tenantid === tenantId && event.subject === userId);
      return mine.length > 0 ? mine : undefined;
    });
    expect(earned).toHaveLength(1);
    expect(earned[0].type).toBe(PointsEarned);
    expect(earned[0].data).toEqual({
      accountId: userId,
      participationId,
      points: 30,
      balance: 30,
      category: 'environment',
      // When the phone scanned the code, which picks the leaderboard periods.
      participatedAt: checkIn.scannedAt,
    });
  }, 120_000);

  it('credits a participation reported twice under different event ids once', async () => {
    const userId = randomUUID();
    const report = (participationId: string, points: number) =>
      toKafkaMessage(
        createEvent(
          ParticipationVerified,
          {
            participationId,
            userId,
            activityId: randomUUID(),
            points,
            method: 'integration',
            verifiedAt: new Date().toISOString(),
          },
          { source: '/municipality/fault-reports', tenantid: tenantId },
        ),
        userId,
      );
    const twice = randomUUID();
    const producer = kafka.producer();
    await producer.connect();
    // Same key, so the ledger sees them in this order: once the last is in, all have been seen.
    await producer.send({
      topic: prefix + Topics.verification,
      messages: [report(twice, 7), report(twice, 7), report(randomUUID(), 100)],
    });
    await producer.disconnect();

    await waitFor('the last report to reach the ledger', async () =>
      (await balance(tenantId, userId)) >= 100 ? true : undefined,
    );
    expect(await balance(tenantId, userId)).toBe(107);
  });

  it('stops gracefully on SIGTERM', async () => {
    expect(await ledger.stop()).toBe(0);
  });
});
