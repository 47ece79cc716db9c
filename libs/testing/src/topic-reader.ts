import { CloudEvent, fromKafkaMessage } from '@citypoints/contracts';
import { Consumer, Kafka, KafkaMessage, logLevel } from 'kafkajs';
import { createTopics } from './create-topics';
import { testConnection } from './test-connection';
import { uniqueName } from './unique-name';
import { waitFor } from './wait-for';

/** Reads a topic from its start, as another service's consumer would, collecting its events. */
export class TopicReader {
  /** Everything on the topic, dead letters and malformed messages too. */
  readonly messages: KafkaMessage[] = [];
  /** The messages that are valid events. */
  readonly events: CloudEvent[] = [];

  private constructor(
    private readonly topic: string,
    private readonly consumer: Consumer,
  ) {}

  static async read(topic: string): Promise<TopicReader> {
    // The service under test may be creating the topic at the same moment (see createTopics).
    await createTopics([topic]);
    const kafka = new Kafka({
      brokers: testConnection().KAFKA_BROKERS.split(','),
      logLevel: logLevel.NOTHING,
    });
    const consumer = kafka.consumer({ groupId: uniqueName('topic-reader') });
    const reader = new TopicReader(topic, consumer);
    try {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          reader.messages.push(message);
          try {
            reader.events.push(fromKafkaMessage(message));
          } catch {
            // Kept in messages only.
          }
        },
      });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    return reader;
  }

  /** The events of `type` whose data contains `data`, once at least `count` have arrived. */
  async waitFor(type: string, data: object, count = 1): Promise<CloudEvent[]> {
    return waitFor(`${count} × ${type} with ${JSON.stringify(data)} on ${this.topic}`, async () => {
      const found = this.matching(type, data);
      return found.length >= count ? found : undefined;
    });
  }

  /** The messages whose headers include `headers`, once at least `count` have arrived. */
  async waitForMessages(headers: Record<string, string>, count = 1): Promise<KafkaMessage[]> {
    return waitFor(`${count} × ${JSON.stringify(headers)} on ${this.topic}`, async () => {
      const found = this.messages.filter((message) =>
        Object.entries(headers).every(([name, value]) => String(message.headers?.[name]) === value),
      );
      return found.length >= count ? found : undefined;
    });
  }

  matching(type: string, data: object): CloudEvent[] {
    return this.events.filter(
      (event) =>
        event.type === type &&
        Object.entries(data).every(
          ([key, value]) => (event.data as Record<string, unknown>)[key] === value,
        ),
    );
  }

  close(): Promise<void> {
    return this.consumer.disconnect();
  }
}
