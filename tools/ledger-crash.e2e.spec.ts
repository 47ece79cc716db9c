import {
  createEvent,
  fromKafkaMessage,
  ParticipationVerified,
  PointsEarned,
  PointsEarnedV1,
  toKafkaMessage,
  Topics,
} from '@citypoints/contracts';
import { Cluster, startTestServices } from '@citypoints/cluster';
import {
  createTestDatabase,
  createTopics,
  TestDatabase,
  testConnection,
  uniqueName,
  waitFor,
} from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { Kafka, KafkaMessage, logLevel } from 'kafkajs';
import { Client } from 'pg';

// The ledger is SIGKILLed in the middle of a burst of 1,000 earn events and restarted: every
// event is credited exactly once, the tenant's accounts still sum to zero, and the PointsEarned
// events it published match its store one for one.
describe('ledger killed during a burst of earn events', () => {
  // Topics of its own, so that no other test's consumer takes this test's messages.
  const prefix = `${uniqueName('crash')}.`;
  const tenant = `burst-${randomUUID().slice(0, 8)}`;
  const kafka = new Kafka({
    brokers: testConnection().KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  let database: TestDatabase;
  let client: Client;
  const ledgers: Cluster<'ledger'>[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await Promise.all(ledgers.map((ledger) => ledger.close()));
    await client.end();
    await database.drop();
  });

  // Both ledgers on the one database, which outlives them.
  const startLedger = async () => {
    const ledger = await startTestServices(['ledger'], {
      prefix,
      databases: async () => ({ url: database.url }),
    });
    ledgers.push(ledger);
    return ledger.services.ledger;
  };
  const scalar = async (sql: string) => Number((await client.query(sql, [tenant])).rows[0].value);
  const credited = () =>
    scalar(`SELECT count(*) AS value FROM event
            WHERE metadata->>'tenantId' = $1 AND event_type = 'AccountCredited'`);

  it('credits every event exactly once', async () => {
    const users = Array.from({ length: 100 }, () => randomUUID());
    const earns = Array.from({ length: 1000 }, (_, i) => ({
      participationId: randomUUID(),
      userId: users[i % users.length],
      activityId: randomUUID(),
      points: (i % 20) + 1,
      method: 'qr-gps' as const,
      verifiedAt: new Date().toISOString(),
    }));
    const first = await startLedger();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic: prefix + Topics.verification,
      messages: earns.map((data) =>
        toKafkaMessage(
          createEvent(ParticipationVerified, data, { source: '/tests', tenantid: tenant }),
          data.userId,
        ),
      ),
    });
    await producer.disconnect();

    await waitFor('the ledger to be part-way through', async () =>
      (await credited()) >= 100 ? true : undefined,
    );
    first.process.kill('SIGKILL');
    const creditedAtKill = await credited();
    expect(creditedAtKill).toBeLessThan(1000);

    await startLedger();
    await waitFor(
      'every earn credited',
      async () => ((await credited()) >= 1000 ? true : undefined),
      60_000,
    );
    // Anything doubled would arrive after the last original: wait for the outbox to drain.
    await waitFor('the outbox to drain', async () =>
      (await scalar(
        `SELECT count(*) AS value FROM outbox WHERE published_at IS NULL AND $1 = $1`,
      )) === 0
        ? true
        : undefined,
    );

    expect(await credited()).toBe(1000);
    const expectedPoints = earns.reduce((sum, e) => sum + e.points, 0);
    expect(
      await scalar(`SELECT sum(balance) AS value FROM account_balance
                    WHERE tenant_id = $1 AND account_id NOT LIKE 'system:%'`),
    ).toBe(expectedPoints);
    expect(
      await scalar(`SELECT sum(balance) AS value FROM account_balance WHERE tenant_id = $1`),
    ).toBe(0);

    const published = await readPointsEarned(1000);
    const byParticipation = new Map<string, Set<string>>();
    for (const event of published) {
      const { participationId } = event.data as PointsEarnedV1;
      byParticipation.set(
        participationId,
        (byParticipation.get(participationId) ?? new Set()).add(event.id),
      );
    }
    expect([...byParticipation.keys()].sort()).toEqual(earns.map((e) => e.participationId).sort());
    // At-least-once on Kafka may repeat a message, but never two different events for one earn.
    expect([...byParticipation.values()].every((ids) => ids.size === 1)).toBe(true);
    const stored = await client.query(
      `SELECT event->>'id' AS id FROM outbox WHERE event->>'tenantid' = $1 AND event->>'type' = $2`,
      [tenant, PointsEarned],
    );
    expect(stored.rows.map((row) => row.id).sort()).toEqual(
      [...byParticipation.values()].map((ids) => [...ids][0]).sort(),
    );
  });

  async function readPointsEarned(expected: number) {
    await createTopics([prefix + Topics.ledger]);
    const reader = kafka.consumer({ groupId: uniqueName('burst-reader') });
    const mine: ReturnType<typeof fromKafkaMessage>[] = [];
    const participations = new Set<string>();
    await reader.connect();
    try {
      await reader.subscribe({ topic: prefix + Topics.ledger, fromBeginning: true });
      await reader.run({
        eachMessage: async ({ message }: { message: KafkaMessage }) => {
          const event = fromKafkaMessage(message);
          if (event.tenantid !== tenant) return;
          mine.push(event);
          participations.add((event.data as PointsEarnedV1).participationId);
        },
      });
      await waitFor('every PointsEarned read', async () =>
        participations.size >= expected ? true : undefined,
      );
      // A moment more, so that a repeated event, if any, is read too.
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await reader.disconnect();
    }
    return mine;
  }
});
