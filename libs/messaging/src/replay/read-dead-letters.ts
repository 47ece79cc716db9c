import { randomUUID } from 'node:crypto';
import { Admin, Consumer, Kafka } from 'kafkajs';
import { DeadLetter } from './dead-letter';
import { parseDeadLetter } from './parse-dead-letter';
import { ReplayArgumentError } from './replay-argument-error';

/** Which records to read: offsets inclusive, every partition unless one is named. */
export interface DeadLetterRange {
  from?: bigint;
  to?: bigint;
  partition?: number;
}

/** Offsets to read on one partition: `start` inclusive, `end` exclusive. */
type Span = { start: bigint; end: bigint };

/**
 * Reads the records on the dead-letter topic `topic` (its full name) within `range`, up to what
 * each partition held when the read began, ordered by partition and offset. Joins no service's
 * consumer group: it reads in a group of its own (`dlt-replay.<uuid>`) that commits nothing and
 * is deleted afterwards. Holds the records in memory: a dead-letter topic is meant to stay small.
 * @throws ReplayArgumentError when the topic, or the partition named, does not exist.
 */
export async function readDeadLetters(
  kafka: Kafka,
  topic: string,
  range: DeadLetterRange = {},
): Promise<DeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const spans = await spansToRead(admin, topic, range);
    if (spans.size === 0) return [];
    const groupId = `dlt-replay.${randomUUID()}`;
    try {
      return await consume(kafka.consumer({ groupId, maxWaitTimeInMs: 500 }), topic, spans);
    } finally {
      await admin.deleteGroups([groupId]).catch(() => undefined);
    }
  } finally {
    await admin.disconnect();
  }
}

async function spansToRead(
  admin: Admin,
  topic: string,
  { from = 0n, to, partition }: DeadLetterRange,
): Promise<Map<number, Span>> {
  if (!(await admin.listTopics()).includes(topic)) {
    throw new ReplayArgumentError(`topic ${topic} does not exist`);
  }
  const partitions = await admin.fetchTopicOffsets(topic);
  if (partition !== undefined && !partitions.some((p) => p.partition === partition)) {
    throw new ReplayArgumentError(
      `topic ${topic} has no partition ${partition} (it has ${partitions.length})`,
    );
  }
  const spans = new Map<number, Span>();
  for (const { partition: number, low, high } of partitions) {
    const start = max(BigInt(low), from);
    const end = to === undefined ? BigInt(high) : min(BigInt(high), to + 1n);
    if ((partition === undefined || number === partition) && start < end) {
      spans.set(number, { start, end });
    }
  }
  return spans;
}

async function consume(
  consumer: Consumer,
  topic: string,
  spans: Map<number, Span>,
): Promise<DeadLetter[]> {
  // By position: a record fetched before the seek took effect may come a second time.
  const found = new Map<string, DeadLetter>();
  const unfinished = new Set(spans.keys());
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const finished = new Promise<void>((resolve, reject) => ([finish, fail] = [resolve, reject]));
  consumer.on(consumer.events.CRASH, ({ payload }) => {
    if (!payload.restart) fail(payload.error);
  });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const span = spans.get(partition);
        const offset = BigInt(message.offset);
        if (!span || offset < span.start || offset >= span.end) return;
        found.set(`${partition}:${offset}`, parseDeadLetter(topic, partition, message));
        if (offset === span.end - 1n) unfinished.delete(partition);
        if (unfinished.size === 0) finish();
      },
    });
    for (const [partition, { start }] of spans) {
      consumer.seek({ topic, partition, offset: String(start) });
    }
    await finished;
  } finally {
    await consumer.disconnect();
  }
  return [...found.values()].sort(byPosition);
}

function byPosition(a: DeadLetter, b: DeadLetter): number {
  return a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset));
}

const max = (a: bigint, b: bigint) => (a > b ? a : b);
const min = (a: bigint, b: bigint) => (a < b ? a : b);
