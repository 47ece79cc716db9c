import {
  CloudEvent,
  createEvent,
  deadLetterTopic,
  ParticipationVerified,
  toKafkaMessage,
} from '@citypoints/contracts';
import { createTopics, testConnection, uniqueName } from '@citypoints/testing';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';

/** Runs the command as `npm run dlt:replay -- …` does, its standard input not a terminal. */
function dltReplay(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; out: string; err: string }>((resolve) => {
    execFile(
      'node',
      ['-r', '@swc-node/register', 'tools/dlt-replay.ts', ...args],
      { cwd: `${__dirname}/..`, env: { PATH: process.env.PATH, ...env } },
      (error, out, err) => resolve({ code: error ? Number(error.code) : 0, out, err }),
    );
  });
}

function participation(): CloudEvent {
  return createEvent(
    ParticipationVerified,
    {
      participationId: randomUUID(),
      userId: randomUUID(),
      activityId: randomUUID(),
      points: 10,
      method: 'steward',
      verifiedAt: new Date().toISOString(),
    },
    { source: '/citypoints/tests', tenantid: 'test-town' },
  );
}

describe('npm run dlt:replay', () => {
  const prefix = `${uniqueName('dlt-replay')}.`;
  const original = 'citypoints.verification.v1';
  const events = [participation(), participation()];
  const env = () => ({
    KAFKA_BROKERS: testConnection().KAFKA_BROKERS,
    KAFKA_TOPIC_PREFIX: prefix,
  });
  const kafka = () =>
    new Kafka({ brokers: env().KAFKA_BROKERS.split(','), logLevel: logLevel.NOTHING });

  beforeAll(async () => {
    const topic = prefix + original;
    await createTopics([topic, deadLetterTopic(topic)]);
    const producer = kafka().producer();
    await producer.connect();
    // In the format of deadLetterRecord, which the library's own tests check against.
    const messages = events.map((event, offset) => {
      const message = toKafkaMessage(event, 'someone@example.org');
      return {
        ...message,
        headers: {
          ...message.headers,
          'dlt-reason': `failure ${offset}`,
          'dlt-original-topic': topic,
          'dlt-original-partition': '0',
          'dlt-original-offset': String(offset),
          'dlt-consumer-group': 'ledger',
          'dlt-failed-at': '2025-06-01T10:00:00.000Z',
        },
      };
    });
    await producer.send({ topic: deadLetterTopic(topic), acks: -1, messages });
    await producer.disconnect();
  });

  async function endOffset(topic: string): Promise<number> {
    const admin = kafka().admin();
    await admin.connect();
    try {
      const [{ high }] = await admin.fetchTopicOffsets(prefix + topic);
      return Number(high);
    } finally {
      await admin.disconnect();
    }
  }

  it('shows each dead letter without its key or body, and in a dry run publishes nothing', async () => {
    const { code, out, err } = await dltReplay([`${original}.dlt`, '--dry-run'], env());

    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out.trim().split('\n')).toEqual([
      `[0]@0  from ${prefix}${original}[0]@0  group ledger  type ${events[0].type}` +
        `  id ${events[0].id}  at 2025-06-01T10:00:00.000Z  reason: failure 0`,
      `[0]@1  from ${prefix}${original}[0]@1  group ledger  type ${events[1].type}` +
        `  id ${events[1].id}  at 2025-06-01T10:00:00.000Z  reason: failure 1`,
      `2 dead letters on ${prefix}${original}.dlt, 2 replayable`,
      `  by type: ${events[0].type} ×2`,
      '  by consumer group: ledger ×2',
      'nothing published',
    ]);
    expect(out).not.toContain('someone@example.org');
    expect(await endOffset(original)).toBe(0);
  });

  it('asks for --yes when it cannot ask, and then publishes the records chosen', async () => {
    const unasked = await dltReplay([`${original}.dlt`, '--from', '1'], env());
    expect(unasked.code).toBe(2);
    expect(unasked.err).toBe(
      'dlt:replay: nothing published: add --yes to publish without being asked\n',
    );
    expect(await endOffset(original)).toBe(0);

    const { code, out } = await dltReplay([`${original}.dlt`, '--from', '1', '--yes'], env());

    expect(code).toBe(0);
    expect(out).toContain(`id ${events[1].id}`);
    expect(out).not.toContain(`id ${events[0].id}`);
    expect(out.trim().split('\n').at(-1)).toBe(`published 1 to ${prefix}${original}`);
    expect(await endOffset(original)).toBe(1);
  });

  it.each([
    [[`${original}.dlt`], {}, 'KAFKA_BROKERS is not set'],
    [
      [`${original}.dlt`, '--to', 'end'],
      undefined,
      '--to must be an offset (a whole number from 0), not "end"',
    ],
    [
      ['citypoints.nowhere.v1.dlt'],
      undefined,
      /^topic .*citypoints.nowhere.v1.dlt does not exist$/,
    ],
  ])('exits with 2 and one line for %j', async (args, settings, message) => {
    const { code, out, err } = await dltReplay(args, settings ?? env());
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err.trimEnd().split('\n')).toEqual([expect.stringMatching(/^dlt:replay: /)]);
    expect(err.trimEnd().replace(/^dlt:replay: /, '')).toMatch(message);
  });
});
