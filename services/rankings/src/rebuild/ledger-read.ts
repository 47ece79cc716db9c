import { IncomingKafkaMessage } from '@citypoints/contracts';
import { Score } from '../scores/score';
import { scoreInMessage } from './score-in-message';
import { startWorker } from './worker-thread';

/** What the reader reads: the ledger topic's scores of the tenant (of every tenant if none). */
export interface LedgerRead {
  brokers: string[];
  /** The ledger topic, KAFKA_TOPIC_PREFIX included. */
  topic: string;
  /** Starts the reader's own consumer group's id (KAFKA_TOPIC_PREFIX). */
  groupPrefix: string;
  tenantId?: string;
}

/**
 * Messages of a fetched batch as text, flat: for each, its value (null if none), its number of
 * headers in `counts`, and each header's name and first value in `headers`.
 */
export interface PackedMessages {
  values: (string | null)[];
  counts: number[];
  headers: string[];
}

/** The reader's messages to the main thread. */
export type FromReader =
  | { kind: 'messages'; messages: PackedMessages }
  | { kind: 'done'; messages: number }
  | { kind: 'failed'; message: string };

/** The main thread's message to the reader: a batch of messages has been summed. */
export type ToReader = { kind: 'summed' };

/**
 * Reads the ledger topic from its beginning to the end offsets it has when the read starts:
 * a worker thread (ledger-scores.worker) fetches and decodes Kafka's record batches and hands
 * over, as text, the messages that may hold a score of `read.tenantId` (of any tenant if none);
 * this thread decodes them meanwhile (scoreInMessage: malformed ones passed over), and `apply`
 * gets each score, in each partition's order, at most a few batches behind the reader.
 * Resolves with the messages read, of every type and tenant; rejects with the reader's error
 * (Kafka unreachable, the topic missing), `apply`'s, or if the reader dies.
 */
export function readLedgerScores(read: LedgerRead, apply: (score: Score) => void): Promise<number> {
  const { tenantId } = read;
  const worker = startWorker('ledger-scores', read);
  return new Promise<number>((resolve, reject) => {
    let finished = false;
    worker.on('message', (message: FromReader) => {
      if (finished) return;
      try {
        if (message.kind === 'messages') {
          unpack(message.messages, (kafkaMessage) => {
            const score = scoreInMessage(kafkaMessage, tenantId);
            if (score) apply(score);
          });
          worker.postMessage({ kind: 'summed' } satisfies ToReader);
          return;
        }
        if (message.kind === 'done') resolve(message.messages);
        else reject(new Error(`reading the ledger failed: ${message.message}`));
      } catch (error) {
        reject(error);
      }
      finished = true;
      void worker.terminate();
    });
    worker.on('error', (error) => {
      finished = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!finished) reject(new Error(`the ledger reader stopped (exit code ${code})`));
    });
  });
}

// Each message of `packed` as scoreInMessage reads one.
function unpack(packed: PackedMessages, each: (message: IncomingKafkaMessage) => void): void {
  let at = 0;
  for (const [n, value] of packed.values.entries()) {
    const headers: Record<string, string> = {};
    for (const end = at + 2 * packed.counts[n]; at < end; at += 2) {
      headers[packed.headers[at]] = packed.headers[at + 1];
    }
    each({ value, headers });
  }
}
