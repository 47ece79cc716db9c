import Redis from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';

/** A Kafka client whose errors go to stderr: stdout is the JSON's alone. */
export function quietKafka(brokers: string[]): Kafka {
  return new Kafka({
    clientId: 'bench-rankings',
    brokers,
    logLevel: logLevel.ERROR,
    logCreator:
      () =>
      ({ namespace, log }) =>
        process.stderr.write(`kafkajs ${namespace}: ${log.message}\n`),
  });
}

/** Every Redis key of the run (rankings', the gateway's, the raw baseline's). */
export async function removeKeys(redis: Redis, prefix: string | undefined): Promise<void> {
  if (prefix === undefined) return;
  const stream = redis.scanStream({ match: `${prefix}*`, count: 10_000 });
  for await (const keys of stream as AsyncIterable<string[]>) {
    if (keys.length > 0) await redis.unlink(...keys);
  }
}

/** The run's topics, the ledger's with its million events among them. */
export async function removeTopics(kafka: Kafka, prefix: string | undefined): Promise<void> {
  if (prefix === undefined) return;
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}
