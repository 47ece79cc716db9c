import { Kafka, logLevel } from 'kafkajs';
import { testConnection } from './test-connection';

export async function createTopics(topics: string[], numPartitions = 1): Promise<void> {
  const kafka = new Kafka({
    brokers: testConnection().KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      topics: topics.map((topic) => ({ topic, numPartitions })),
      waitForLeaders: true,
    });
  } finally {
    await admin.disconnect();
  }
}
