import { createEvent, PointsEarned, PointsEarnedV1, toKafkaMessage } from '@citypoints/contracts';
import { Kafka, Message, Partitioners } from 'kafkajs';
import { randomUUID } from 'node:crypto';

const BATCH = 5000;
const IN_FLIGHT = 4;

/** A PointsEarned of the ledger: `points` for `userId`, credited now, for an environment activity. */
export function pointsEarnedMessage(tenant: string, userId: string, points: number): Message {
  const data: PointsEarnedV1 = {
    accountId: userId,
    participationId: randomUUID(),
    points,
    balance: points,
    category: 'environment',
  };
  const event = createEvent(PointsEarned, data, { source: '/citypoints/ledger', tenantid: tenant });
  return toKafkaMessage(event, `${tenant}:${userId}`);
}

/**
 * Sends `count` messages, `make(i)` each, to `topic` as fast as one producer can: batches of
 * BATCH, IN_FLIGHT at once, acks from the leader only, uncompressed. Message i goes to partition
 * i % `partitions` (as given, or by key when absent). Resolves with the seconds it took.
 */
export async function produceMessages(
  kafka: Kafka,
  topic: string,
  count: number,
  make: (i: number) => Message,
  partitions?: number,
): Promise<number> {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const started = performance.now();
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < count) {
          const from = next;
          next = Math.min(count, next + BATCH);
          const messages = Array.from({ length: next - from }, (_, k) => {
            const message = make(from + k);
            return partitions ? { ...message, partition: (from + k) % partitions } : message;
          });
          await producer.send({ topic, acks: 1, messages });
        }
      }),
    );
    return (performance.now() - started) / 1000;
  } finally {
    await producer.disconnect();
  }
}
