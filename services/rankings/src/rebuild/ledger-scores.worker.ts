// The rebuild's reader, in a worker thread (see readLedgerScores): reads the ledger topic and
// decodes its scores while the main thread sums them.
import { createKafka } from '@citypoints/messaging';
import { KafkaMessage } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { Score } from '../scores/score';
import { LedgerRead, ToReader, FromReader } from './ledger-read';
import { scoreInMessage } from './score-in-message';

// Bytes a fetch takes of a partition: batches of thousands of events.
const FETCH_BYTES = 8 * 1024 * 1024;
// Batches of scores handed over and not yet summed, before reading waits.
const AHEAD = 4;

const port = parentPort;
if (!port) throw new Error('ledger-scores.worker runs as a worker thread');
const { brokers, topic, groupPrefix, tenantId } = workerData as LedgerRead;

let unsummed = 0;
let summed: (() => void) | undefined;
port.on('message', (message: ToReader) => {
  if (message.kind !== 'summed') return;
  unsummed--;
  summed?.();
});

async function handOver(scores: Score[]): Promise<void> {
  while (unsummed >= AHEAD) await new Promise<void>((resolve) => (summed = resolve));
  unsummed++;
  port?.postMessage({ kind: 'scores', scores } satisfies FromReader);
}

// The topic from its beginning to the end offsets it has now, a fetched batch at a time in each
// partition's order, with a consumer group of its own that is deleted afterwards.
async function read(): Promise<number> {
  const kafka = createKafka('rankings-rebuild', brokers);
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${groupPrefix}rankings-rebuild-${randomUUID()}`;
  const consumer = kafka.consumer({ groupId, maxBytesPerPartition: FETCH_BYTES });
  try {
    const ends = new Map<number, bigint>();
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(high) > BigInt(low)) ends.set(partition, BigInt(high));
    }
    let messages = 0;
    if (ends.size === 0) return messages;
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
            const end = ends.get(batch.partition);
            if (end === undefined) return;
            let last: bigint | undefined;
            const scores: Score[] = [];
            for (const message of batch.messages as KafkaMessage[]) {
              if (BigInt(message.offset) >= end) break;
              messages++;
              last = BigInt(message.offset);
              const score = scoreInMessage(message, tenantId);
              if (score) scores.push(score);
            }
            if (scores.length > 0) await handOver(scores);
            if (last !== undefined) resolveOffset(String(last));
            await heartbeat();
            if (last === undefined || last + 1n >= end) ends.delete(batch.partition);
            if (ends.size === 0) resolve();
          },
        })
        .catch(reject);
      consumer.on(consumer.events.CRASH, ({ payload }) => reject(payload.error));
    });
    return messages;
  } finally {
    await consumer.disconnect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

read().then(
  (messages) => port.postMessage({ kind: 'done', messages } satisfies FromReader),
  (error: Error) =>
    port.postMessage({ kind: 'failed', message: error.message } satisfies FromReader),
);
