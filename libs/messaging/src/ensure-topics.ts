import { deadLetterTopic } from '@citypoints/contracts';
import { Kafka } from 'kafkajs';

/**
 * Creates the topics a consumer reads, and their dead-letter topics, if they do not exist yet,
 * and waits for their leaders: subscribing to a topic that is still being created fails.
 * Partition count and retention are the broker's defaults unless the operator made them first.
 */
export async function ensureTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: topics
        .flatMap((topic) => [topic, deadLetterTopic(topic)])
        .map((topic) => ({ topic })),
      waitForLeaders: true,
    });
  } finally {
    await admin.disconnect();
  }
}
