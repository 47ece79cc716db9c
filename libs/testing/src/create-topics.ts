import { Admin, Kafka, logLevel } from 'kafkajs';
import { testConnection } from './test-connection';
import { waitFor } from './wait-for';

/**
 * Creates `topics` with `numPartitions` each, unless they exist, and waits until every
 * partition has a leader. A service under test may be creating the same topic at the same
 * moment: the broker then answers metadata requests with "does not host this topic-partition"
 * for a while, which kafkajs's own wait does not retry, so the wait here does.
 */
export async function createTopics(topics: string[], numPartitions = 1): Promise<void> {
  const kafka = new Kafka({
    brokers: testConnection().KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin
      .createTopics({
        topics: topics.map((topic) => ({ topic, numPartitions })),
        // kafkajs's own wait gives up on "does not host this topic-partition"; ours below retries.
        waitForLeaders: false,
      })
      .catch((error: Error) => {
        if (!/exists/i.test(error.message)) throw error;
      });
    await waitFor(`leaders of ${topics.join(', ')}`, () => allLed(admin, topics));
  } finally {
    await admin.disconnect();
  }
}

async function allLed(admin: Admin, topics: string[]): Promise<true | undefined> {
  const metadata = await admin.fetchTopicMetadata({ topics }).catch(() => undefined);
  const led = metadata?.topics.every(
    ({ partitions }) => partitions.length > 0 && partitions.every(({ leader }) => leader >= 0),
  );
  return led ? true : undefined;
}
