import { Kafka, logLevel } from 'kafkajs';
import { createOrderedProducer } from '../create-kafka';
import { describeDeadLetter } from './describe-dead-letter';
import { parseReplayArgs, ReplayRequest } from './parse-replay-args';
import { readDeadLetters } from './read-dead-letters';
import { ReplayArgumentError } from './replay-argument-error';
import { replayDeadLetters } from './replay-dead-letters';
import { replaySettings } from './replay-settings';
import { summarizeDeadLetters } from './summarize-dead-letters';

/** Where the command writes, and how it asks before publishing (absent: it cannot ask). */
export interface ReplayTerminal {
  out(line: string): void;
  err(line: string): void;
  confirm?(question: string): Promise<boolean>;
}

/**
 * `npm run dlt:replay -- <topic>.dlt [--from <offset>] [--to <offset>] [--partition N]
 * [--dry-run] [--yes]`: lists the dead letters chosen (never their bodies) and, unless it is a
 * dry run, publishes them back to their original topic, after asking unless `--yes`.
 * Settings: `KAFKA_BROKERS`, `KAFKA_TOPIC_PREFIX` (put before the topic given).
 * @returns the exit code: 0 done, 2 a wrong argument or setting or an unknown topic, 1 otherwise.
 */
export async function runDeadLetterReplay(
  argv: string[],
  env: NodeJS.ProcessEnv,
  terminal: ReplayTerminal,
): Promise<number> {
  try {
    const request = parseReplayArgs(argv);
    const { brokers, topicPrefix } = replaySettings(env);
    const kafka = new Kafka({ clientId: 'dlt-replay', brokers, logLevel: logLevel.NOTHING });
    return await replay(kafka, topicPrefix + request.topic, request, terminal);
  } catch (error) {
    terminal.err(`dlt:replay: ${(error as Error).message}`);
    return error instanceof ReplayArgumentError ? 2 : 1;
  }
}

async function replay(
  kafka: Kafka,
  topic: string,
  request: ReplayRequest,
  terminal: ReplayTerminal,
): Promise<number> {
  const deadLetters = await readDeadLetters(kafka, topic, request);
  deadLetters.map(describeDeadLetter).forEach((line) => terminal.out(line));
  summarizeDeadLetters(topic, deadLetters).forEach((line) => terminal.out(line));
  const original = topic.replace(/\.dlt$/, '');
  const count = deadLetters.filter((deadLetter) => deadLetter.replayable).length;
  const question = `publish ${count} to ${original}? [y/N] `;
  if (request.dryRun || count === 0 || !(await mayPublish(request, terminal, question))) {
    terminal.out('nothing published');
    return 0;
  }
  const producer = createOrderedProducer(kafka);
  await producer.connect();
  try {
    terminal.out(`published ${await replayDeadLetters(producer, deadLetters)} to ${original}`);
  } finally {
    await producer.disconnect();
  }
  return 0;
}

async function mayPublish(
  request: ReplayRequest,
  terminal: ReplayTerminal,
  question: string,
): Promise<boolean> {
  if (request.yes) return true;
  if (!terminal.confirm) {
    throw new ReplayArgumentError('nothing published: add --yes to publish without being asked');
  }
  return terminal.confirm(question);
}
