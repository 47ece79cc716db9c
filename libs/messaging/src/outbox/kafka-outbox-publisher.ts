import { toKafkaMessage } from '@citypoints/contracts';
import { Producer, TopicMessages } from 'kafkajs';
import { OutboxMessage, OutboxPublisher } from './outbox-message';

export class KafkaOutboxPublisher implements OutboxPublisher {
  /** `producer` must be idempotent with one request in flight, so retries cannot reorder. */
  constructor(
    private readonly producer: Producer,
    private readonly topicPrefix = '',
  ) {}

  async publish(messages: OutboxMessage[]): Promise<void> {
    const byTopic = new Map<string, TopicMessages>();
    for (const message of messages) {
      const { key, event } = message;
      const topic = this.topicPrefix + message.topic;
      const entry = byTopic.get(topic) ?? { topic, messages: [] };
      entry.messages.push(toKafkaMessage(event, key));
      byTopic.set(topic, entry);
    }
    await this.producer.sendBatch({ acks: -1, topicMessages: [...byTopic.values()] });
  }
}
