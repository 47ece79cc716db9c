import { CloudEvent, toKafkaMessage } from '@citypoints/contracts';
import { Kafka, logLevel, Message } from 'kafkajs';
import { testConnection } from './test-connection';

/** Publishes to `topic` as another service would: events, or raw messages for bad input. */
export async function produceEvents(
  topic: string,
  messages: (CloudEvent | Message)[],
  key: string,
): Promise<void> {
  const kafka = new Kafka({
    brokers: testConnection().KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer();
  await producer.connect();
  try {
    await producer.send({
      topic,
      acks: -1,
      messages: messages.map((message) =>
        'specversion' in message ? toKafkaMessage(message, key) : message,
      ),
    });
  } finally {
    await producer.disconnect();
  }
}
