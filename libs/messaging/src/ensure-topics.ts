import { deadLetterTopic } from '@citypoints/contracts';
import { Admin, Kafka } from 'kafkajs';

/**
 * Creates the topics a consumer reads, and their dead-letter topics, if they do not exist yet,
 * and waits for their leaders: subscribing to a topic that is still being created fails. If
 * creation fails for another reason, the wait ends with metadata's error.
 * Partition count and retention are the broker's defaults unless the operator made them first.
 */
export async function ensureTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const names = topics.flatMap((topic) => [topic, deadLetterTopic(topic)]);
  const admin = kafka.admin();
  await admin.connect();
  try {
    // Another consumer may be creating the same topics right now, so creation may fail and
    // its own wait for leaders may not apply: wait here, for whoever created them.
    await admin
      .createTopics({ topics: names.map((topic) => ({ topic })), waitForLeaders: false })
      .catch(() => undefined);
    await untilLed(admin, names);
  } finally {
    await admin.disconnect();
  }
}

async function untilLed(admin: Admin, topics: string[], attempts = 100): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const led = await admin.fetchTopicMetadata({ topics }).then(
      (metadata) =>
        metadata.topics.every(
          ({ partitions }) =>
            partitions.length > 0 && partitions.every((partition) => partition.leader >= 0),
        ),
      (error: Error) => {
        if (attempt === attempts) throw error;
        return false;
      },
    );
    if (led) return;
    if (attempt === attempts) throw new Error(`topics ${topics.join(', ')} have no leader yet`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
