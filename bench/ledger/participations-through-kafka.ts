// Verified participations through Kafka into the ledger, running as a process of its own
// (consumer, earn, event store, projections and outbox), against the raw chain of
// ../raw-earn-chain.ts on the same servers in the same run. Both are timed from the first send
// until every participation is in the database.
import { Topics } from '@citypoints/contracts';
import { Connection } from '@citypoints/local-infra';
import { createKafka, createOrderedProducer } from '@citypoints/messaging';
import { waitFor } from '@citypoints/testing';
import { Message, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { startBenchCluster } from '../bench-cluster';
import { round } from '../measure';
import {
  participationMessage,
  partitionCount,
  startRawEarnChain,
  untilStable,
} from '../raw-earn-chain';

const TENANT = 'bench-town';
const POINTS = 10;
const USERS = 1000;
const SEND_SIZE = 1000;

export async function compareParticipations(servers: Connection, count: number) {
  const cluster = await startBenchCluster(servers, ['ledger']);
  const { prefix } = cluster;
  const databaseUrl = cluster.services.ledger.databaseUrl as string;
  const db = new Client({ connectionString: databaseUrl });
  const kafka = createKafka('bench-participations', servers.KAFKA_BROKERS.split(','));
  const producer = createOrderedProducer(kafka);
  try {
    await db.connect();
    await producer.connect();
    const messages = participations(count);
    const topic = prefix + Topics.verification;
    await untilStable(kafka, `${prefix}ledger`);
    const ledger = await timeChain(producer, topic, messages, () =>
      countRows(db, `SELECT count(*) FROM processed_messages WHERE consumer_group = $1`, [
        `${prefix}ledger`,
      ]),
    );
    const credited = await creditedOnce(db, count);
    process.stderr.write(`participations: ledger ${ledger.eventsPerSecond}/s\n`);
    const rawChain = await startRawEarnChain(kafka, databaseUrl, topic);
    const raw = await timeChain(producer, rawChain.topic, messages, () =>
      countRows(db, `SELECT count(*) FROM raw_processed_messages`),
    ).finally(() => rawChain.close());
    process.stderr.write(`participations: raw chain ${raw.eventsPerSecond}/s\n`);
    return {
      participations: count,
      partitions: await partitionCount(kafka, topic),
      ledger: { ...ledger, creditedOnce: credited },
      rawChain: raw,
      ratio: round(ledger.eventsPerSecond / raw.eventsPerSecond),
    };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await db.end().catch(() => undefined);
    await cluster.close();
  }
}

/** `count` participations of USERS people. */
function participations(count: number): Message[] {
  const users = Array.from({ length: USERS }, () => randomUUID());
  return Array.from({ length: count }, (_, i) =>
    participationMessage(TENANT, users[i % USERS], POINTS),
  );
}

/** Sends `messages` as a producer service would, timing until `applied` counts them all. */
async function timeChain(
  producer: Producer,
  topic: string,
  messages: Message[],
  applied: () => Promise<number>,
) {
  const started = performance.now();
  const sending = (async () => {
    for (let i = 0; i < messages.length; i += SEND_SIZE) {
      await producer.send({ topic, acks: -1, messages: messages.slice(i, i + SEND_SIZE) });
    }
  })();
  await waitFor(
    `${messages.length} participations in ${topic}'s database`,
    async () => ((await applied()) >= messages.length ? true : undefined),
    300_000,
  );
  await sending;
  const seconds = (performance.now() - started) / 1000;
  return { eventsPerSecond: Math.round(messages.length / seconds), seconds: round(seconds) };
}

/** Every participation credited once: as many earn movements, and the points they carry. */
async function creditedOnce(db: Client, count: number): Promise<boolean> {
  const [row] = (
    await db.query(
      `SELECT count(*)::int AS earns, count(DISTINCT movement_id)::int AS movements,
         sum(amount)::int AS points
       FROM account_history WHERE kind = 'earn' AND amount > 0`,
    )
  ).rows;
  return row.earns === count && row.movements === count && row.points === count * POINTS;
}

async function countRows(db: Client, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query(sql, params);
  return Number(rows[0].count);
}
