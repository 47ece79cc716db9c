import { deadLetterTopic } from '@citypoints/contracts';
import { createTopics, uniqueName } from '@citypoints/testing';
import { Kafka, Producer } from 'kafkajs';
import { createKafka } from '../create-kafka';
import { brokers } from '../testing/messaging-test-kit';
import { readDeadLetters } from './read-dead-letters';
import { ReplayArgumentError } from './replay-argument-error';

describe('readDeadLetters', () => {
  let kafka: Kafka;
  let producer: Producer;
  const topic = deadLetterTopic(uniqueName('read-test'));

  beforeAll(async () => {
    kafka = createKafka('read-dead-letters-test', brokers());
    // Idempotent: a send retried under load must not write the records twice.
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await createTopics([topic], 2);
    // Three records on partition 0 and two on partition 1, each named by where it lies.
    const records = [0, 0, 0, 1, 1].map((partition, index) => ({
      partition,
      value: `record ${index}`,
      headers: { 'dlt-reason': `${partition}@${index - 3 * partition}` },
    }));
    await producer.send({ topic, acks: -1, messages: records });
  });

  afterAll(async () => {
    await producer.disconnect();
  });

  const positions = async (range?: Parameters<typeof readDeadLetters>[2]) =>
    (await readDeadLetters(kafka, topic, range)).map(({ partition, offset, reason }) => {
      expect(reason).toBe(`${partition}@${offset}`);
      return `${partition}@${offset}`;
    });

  it('reads every partition to its end, ordered by partition and offset', async () => {
    expect(await positions()).toEqual(['0@0', '0@1', '0@2', '1@0', '1@1']);
  });

  it('reads from and to the offsets given, both included, on the partition given', async () => {
    expect(await positions({ from: 1n })).toEqual(['0@1', '0@2', '1@1']);
    expect(await positions({ from: 1n, to: 1n })).toEqual(['0@1', '1@1']);
    expect(await positions({ partition: 1 })).toEqual(['1@0', '1@1']);
    expect(await positions({ from: 5n })).toEqual([]);
  });

  it('refuses a topic or a partition that does not exist, naming it', async () => {
    const missing = deadLetterTopic(uniqueName('missing'));
    await expect(readDeadLetters(kafka, missing)).rejects.toThrow(
      new ReplayArgumentError(`topic ${missing} does not exist`),
    );
    await expect(readDeadLetters(kafka, topic, { partition: 2 })).rejects.toThrow(
      new ReplayArgumentError(`topic ${topic} has no partition 2 (it has 2)`),
    );
  });
});
