// The rebuild's reader, in a worker thread (see readLedgerScores): reads the ledger topic and
// hands its messages that may hold scores over as text, which the main thread decodes and sums.
import { createKafka } from '@citypoints/messaging';
import { KafkaMessage } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { SCORE_EVENT_TYPES } from '../scores/score';
import { FromReader, LedgerRead, PackedMessages, ToReader } from './ledger-read';

// Bytes a fetch takes of a partition: batches of thousands of events.
const FETCH_BYTES = 8 * 1024 * 1024;
// Batches handed over and not yet summed, before reading waits.
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

async function handOver(messages: PackedMessages): Promise<void> {
  while (unsummed >= AHEAD) await new Promise<void>((resolve) => (summed = resolve));
  unsummed++;
  port?.postMessage({ kind: 'messages', messages } satisfies FromReader);
}

const SCORE_TYPES: ReadonlySet<string> = new Set(SCORE_EVENT_TYPES);

// Adds `message` to `packed` if it may hold a score of the tenant (of any if none): its type
// and tenant, as scoreInMessage reads them, which the main thread then decodes and checks.
function pack(message: KafkaMessage, packed: PackedMessages): void {
  const headers = message.headers ?? {};
  const text = (value: Buffer | string | (Buffer | string)[] | undefined) =>
    (Array.isArray(value) ? value[0] : value)?.toString();
  const type = text(headers.ce_type);
  if (type === undefined || !SCORE_TYPES.has(type)) return;
  if (tenantId !== undefined && text(headers.ce_tenantid) !== tenantId) return;
  let count = 0;
  for (const [name, value] of Object.entries(headers)) {
    const first = text(value);
    if (first === undefined) continue;
    packed.headers.push(name, first);
    count++;
  }
  packed.counts.push(count);
  packed.values.push(message.value === null ? null : message.value.toString());
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
            const packed: PackedMessages = { values: [], counts: [], headers: [] };
            for (const message of batch.messages as KafkaMessage[]) {
              if (BigInt(message.offset) >= end) break;
              messages++;
              last = BigInt(message.offset);
              pack(message, packed);
            }
            if (packed.values.length > 0) await handOver(packed);
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
