import { Kafka } from 'kafkajs';

/**
 * Creates `topic` if it does not exist yet, and waits for its leaders: subscribing to a topic
 * nobody has published to yet would fail. The broker's defaults apply to a topic made here.
 */
export async function ensureTopic(kafka: Kafka, topic: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ topics: [{ topic }], waitForLeaders: true });
  } finally {
    await admin.disconnect();
  }
}
