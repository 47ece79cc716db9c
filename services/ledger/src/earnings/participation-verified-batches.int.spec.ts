import {
  CloudEvent,
  createEvent,
  deadLetterTopic,
  ParticipationVerified,
  ParticipationVerifiedV1,
  toKafkaMessage,
  Topics,
} from '@citypoints/contracts';
import {
  createTestDatabase,
  TestDatabase,
  testConnection,
  TopicReader,
  uniqueName,
  waitFor,
} from '@citypoints/testing';
import { findFreePorts, startOwnPostgres, stopOwnPostgres } from '@citypoints/local-infra';
import { Kafka, logLevel, Message, Producer } from 'kafkajs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { POINTS_ISSUED } from '../core/movement';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';

const tenant = 'batch-town';
const POINTS = 10;
const PEOPLE = 50;

describe('earn in batches: ParticipationVerified by the thousand', () => {
  const kafka = new Kafka({
    brokers: testConnection().KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  let producer: Producer;
  let database: TestDatabase;
  let ledger: LedgerUnderTest | undefined;
  let prefix: string;

  beforeAll(async () => {
    producer = kafka.producer();
    await producer.connect();
  });

  beforeEach(async () => {
    database = await createTestDatabase();
    prefix = `${uniqueName('ledger')}.`;
  });

  afterEach(async () => {
    await ledger?.close();
    ledger = undefined;
    await database.drop();
  });

  afterAll(async () => {
    await producer.disconnect();
  });

  const start = async () => {
    ledger = await startLedger({ DATABASE_URL: database.url, KAFKA_TOPIC_PREFIX: prefix });
    return ledger;
  };
  const stop = async () => {
    await ledger?.close();
    ledger = undefined;
  };
  const people = Array.from({ length: PEOPLE }, () => randomUUID());
  const participations = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      createEvent<ParticipationVerifiedV1>(
        ParticipationVerified,
        {
          participationId: randomUUID(),
          userId: people[i % PEOPLE],
          activityId: randomUUID(),
          points: POINTS,
          method: 'qr-gps',
          verifiedAt: new Date().toISOString(),
        },
        { source: '/citypoints/verification', tenantid: tenant },
      ),
    );
  const messageOf = (event: CloudEvent<ParticipationVerifiedV1>) =>
    toKafkaMessage(event, `${tenant}:${event.data.userId}`);
  /** Published as verification does, a hundred to a send, each person's on their partition. */
  const produce = async (messages: Message[]) => {
    for (let i = 0; i < messages.length; i += 100) {
      await producer.send({ topic: verification(), messages: messages.slice(i, i + 100) });
    }
  };
  const verification = () => prefix + Topics.verification;
  const group = () => `${prefix}ledger`;

  it('credits 999 of 1,000 once each and dead-letters the malformed one in the middle with the reason', async () => {
    const events = participations(1000);
    const malformed = events[500];
    const messages = events.map(messageOf);
    messages[500] = messageOf({ ...malformed, data: { ...malformed.data, points: -10 } });
    const credited = events.filter((event) => event !== malformed);
    const { db } = await start();
    const deadLetters = await TopicReader.read(deadLetterTopic(verification()));
    try {
      await produce(messages);

      const [deadLetter] = await deadLetters.waitForMessages({ ce_id: malformed.id });
      expect(String(deadLetter.headers?.['dlt-reason'])).toBe(
        'invalid event: data.points: points must be a positive integer',
      );
      await consumedToTheEnd();
      expect(await messageCount(deadLetterTopic(verification()))).toBe(1);
      await expectCreditedOnce(db, credited);
      // Applied by the batch: far fewer transactions than participations.
      const [{ transactions }] = await db.query(
        `SELECT count(DISTINCT processed_at)::int AS transactions FROM processed_messages
         WHERE consumer_group = $1`,
        [group()],
      );
      expect(transactions).toBeLessThan(100);
    } finally {
      await deadLetters.close();
    }
  });

  it('credits each once when stopped mid-batch, taken over, and everything delivered again', async () => {
    const events = participations(1000);
    const messages = events.map(messageOf);
    const first = await start();
    await produce(messages.slice(0, 500));
    await waitFor('the first participations credited', async () =>
      (await recorded(first.db)) > 0 ? true : undefined,
    );
    // Stopped while consuming: it finishes the batch in hand and commits what it applied.
    await stop();
    await produce(messages.slice(500));
    // As if no offset had been committed: a crash after the commits of the database.
    await rewindGroup();

    const second = await start();
    await consumedToTheEnd();
    await expectCreditedOnce(second.db, events);
    expect(await messageCount(deadLetterTopic(verification()))).toBe(0);
  });

  // The database is stopped here, so it is a server of this test's own, never the shared one.
  it('credits each once after its Postgres stops for five seconds while events arrive, dead-lettering none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'citypoints-ledger-failover-'));
    const [port] = await findFreePorts(1);
    try {
      const url = await startOwnPostgres(dir, port);
      const events = participations(300);
      const messages = events.map(messageOf);
      ledger = await startLedger({ DATABASE_URL: url, KAFKA_TOPIC_PREFIX: prefix });
      const { db } = ledger;
      await produce(messages.slice(0, 100));
      await waitFor('the first participations credited', async () =>
        (await recorded(db)) > 0 ? true : undefined,
      );

      await stopOwnPostgres(dir);
      for (let i = 100; i < 300; i += 50) {
        await produce(messages.slice(i, i + 50));
        await sleep(1_250);
      }
      await startOwnPostgres(dir, port);

      await consumedToTheEnd();
      await expectCreditedOnce(db, events);
      expect(await messageCount(deadLetterTopic(verification()))).toBe(0);
    } finally {
      await stop();
      await stopOwnPostgres(dir).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  async function expectCreditedOnce(
    db: DataSource,
    events: CloudEvent<ParticipationVerifiedV1>[],
  ): Promise<void> {
    const credits: { movement_id: string; account_id: string; amount: number }[] = await db.query(
      `SELECT movement_id, account_id, amount FROM account_history
       WHERE tenant_id = $1 AND kind = 'earn' AND account_id <> $2`,
      [tenant, POINTS_ISSUED],
    );
    const expected = events.map((event) => `earn:${event.data.participationId}`);
    expect(credits.map((credit) => credit.movement_id).sort()).toEqual(expected.sort());
    for (const person of people) {
      const earned = events.filter((event) => event.data.userId === person).length * POINTS;
      expect(await ledger?.balance(tenant, person)).toBe(earned);
    }
    expect(await ledger?.balance(tenant, POINTS_ISSUED)).toBe(-events.length * POINTS);
    const [{ announced }] = await db.query(
      `SELECT count(*)::int AS announced FROM outbox WHERE event->>'type' = $1`,
      ['citypoints.ledger.PointsEarned.v1'],
    );
    expect(announced).toBe(events.length);
  }

  async function recorded(db: DataSource): Promise<number> {
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM processed_messages WHERE consumer_group = $1`,
      [group()],
    );
    return count;
  }

  /** Until the group has committed every offset of the topic: all applied or dead-lettered. */
  async function consumedToTheEnd(): Promise<void> {
    await withAdmin(async (admin) => {
      const ends = await admin.fetchTopicOffsets(verification());
      await waitFor(`${group()} at the end of ${verification()}`, async () => {
        const [{ partitions }] = await admin.fetchOffsets({
          groupId: group(),
          topics: [verification()],
        });
        const done = ends.every(
          ({ partition, high }) =>
            high === '0' || partitions.some((p) => p.partition === partition && p.offset === high),
        );
        return done ? true : undefined;
      });
    });
  }

  async function rewindGroup(): Promise<void> {
    await withAdmin((admin) =>
      admin.resetOffsets({ groupId: group(), topic: verification(), earliest: true }),
    );
  }

  async function messageCount(topic: string): Promise<number> {
    return withAdmin(async (admin) => {
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0);
    });
  }

  async function withAdmin<T>(work: (admin: ReturnType<Kafka['admin']>) => Promise<T>) {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  }
});
