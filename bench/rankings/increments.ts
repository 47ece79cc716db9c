import { Kafka } from 'kafkajs';
import Redis from 'ioredis';
import { round } from '../measure';
import { personId } from './board-people';
import { pointsEarnedMessage, produceMessages } from './ledger-producer';

const POLL_MS = 50;
const RAW_BATCH = 1000;

/** Where the live service's increments go and how to tell they were applied. */
export interface IncrementTarget {
  kafka: Kafka;
  redis: Redis;
  tenant: string;
  /** The run's ledger topic (with the cluster's prefix). */
  topic: string;
  /** The run's people (personId) the events go to, `people` of them. */
  run: string;
  people: number;
  /** The Redis key of the set of markers of an event of `time` (rankings' `applied-on:<day>`). */
  markers: (time: string) => string;
}

/**
 * `count` PointsEarned (1 point each, to people of the board at random) sent to the ledger
 * topic, timed from the first send until the service has applied all: each partition is read in
 * order, so the last event sent to each partition among the markers means all were applied.
 */
export async function serviceIncrements(target: IncrementTarget, count: number) {
  const { kafka, redis, tenant, topic, run, people } = target;
  const admin = kafka.admin();
  await admin.connect();
  const partitions = (await admin.fetchTopicOffsets(topic)).length;
  await admin.disconnect();
  const lastOfPartition = new Map<number, [markers: string, eventId: string]>();
  const started = performance.now();
  const produceSeconds = await produceMessages(
    kafka,
    topic,
    count,
    (i) => {
      const userId = personId(run, Math.floor(Math.random() * people));
      const message = pointsEarnedMessage(tenant, userId, 1);
      const { ce_id: id, ce_time: time } = message.headers ?? {};
      lastOfPartition.set(i % partitions, [target.markers(String(time)), String(id).toLowerCase()]);
      return message;
    },
    partitions,
  );
  const applied = async () => {
    for (const [markers, eventId] of lastOfPartition.values()) {
      if (!(await redis.sismember(markers, eventId))) return false;
    }
    return true;
  };
  while (!(await applied())) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds: round(seconds), produceSeconds: round(produceSeconds), partitions };
}

/** The raw baseline: `count` ZINCRBY of 1 point on `key`, in pipelines of RAW_BATCH; per second. */
export async function rawIncrements(
  redis: Redis,
  key: string,
  run: string,
  people: number,
  count: number,
) {
  const started = performance.now();
  for (let from = 0; from < count; from += RAW_BATCH) {
    const pipeline = redis.pipeline();
    for (let i = from; i < Math.min(count, from + RAW_BATCH); i++) {
      pipeline.zincrby(key, 1, personId(run, Math.floor(Math.random() * people)));
    }
    await pipeline.exec();
  }
  return Math.round(count / ((performance.now() - started) / 1000));
}
