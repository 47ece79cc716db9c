import { deadLetterTopic } from '@citypoints/contracts';
import { parseArgs } from 'node:util';
import { ReplayArgumentError } from './replay-argument-error';

/** What to replay: a dead-letter topic (without the prefix) and the records chosen on it. */
export interface ReplayRequest {
  /** As everywhere else, without `KAFKA_TOPIC_PREFIX`: `citypoints.ledger.v1.dlt`. */
  topic: string;
  /** First offset to take, inclusive; the start of each partition if absent. */
  from?: bigint;
  /** Last offset to take, inclusive; what the partition held when the command started if absent. */
  to?: bigint;
  partition?: number;
  /** Show the records, publish nothing. */
  dryRun: boolean;
  /** Publish without asking. */
  yes: boolean;
}

const USAGE =
  'usage: dlt:replay -- <topic>.dlt [--from <offset>] [--to <offset>] [--partition N] [--dry-run] [--yes]';
const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  partition: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  yes: { type: 'boolean', default: false },
} as const;
const MAX_OFFSET = 2n ** 63n - 1n;
const MAX_PARTITION = 2 ** 31 - 1;

/**
 * Reads the replay command's arguments (`process.argv.slice(2)`).
 * @throws ReplayArgumentError naming the wrong argument, e.g. an offset that is not a whole
 *   number, `--from` after `--to`, or a topic that is not a dead-letter topic.
 */
export function parseReplayArgs(argv: string[]): ReplayRequest {
  const { values, positionals } = parse(argv);
  if (positionals.length !== 1) {
    throw new ReplayArgumentError(
      `expected one dead-letter topic, got ${positionals.length}; ${USAGE}`,
    );
  }
  const [topic] = positionals;
  const original = topic.replace(/\.dlt$/, '');
  if (topic !== deadLetterTopic(original)) {
    throw new ReplayArgumentError(
      `${topic} is not a dead-letter topic (did you mean ${deadLetterTopic(topic)}?)`,
    );
  }
  const request: ReplayRequest = {
    topic,
    from: values.from === undefined ? undefined : offset('--from', values.from),
    to: values.to === undefined ? undefined : offset('--to', values.to),
    partition: values.partition === undefined ? undefined : partition(values.partition),
    dryRun: values['dry-run'],
    yes: values.yes,
  };
  if (request.from !== undefined && request.to !== undefined && request.from > request.to) {
    throw new ReplayArgumentError(`--from ${request.from} is after --to ${request.to}`);
  }
  return request;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util's messages go on with advice about `--`; the first sentence names the argument.
    const [first] = (error as Error).message.split(/\.\s/);
    throw new ReplayArgumentError(`${first}; ${USAGE}`);
  }
}

function offset(name: string, value: string): bigint {
  if (!/^\d{1,19}$/.test(value) || BigInt(value) > MAX_OFFSET) {
    throw new ReplayArgumentError(
      `${name} must be an offset (a whole number from 0), not "${value}"`,
    );
  }
  return BigInt(value);
}

function partition(value: string): number {
  if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_PARTITION) {
    throw new ReplayArgumentError(
      `--partition must be a partition number (a whole number from 0), not "${value}"`,
    );
  }
  return Number(value);
}
