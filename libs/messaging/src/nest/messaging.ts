import { Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { IdempotentConsumer, IdempotentConsumerOptions } from '../consumer/idempotent-consumer';
import { createKafka, createOrderedProducer } from '../create-kafka';
import { KafkaOutboxPublisher } from '../outbox/kafka-outbox-publisher';
import { OutboxRelay, OutboxRelayOptions } from '../outbox/outbox-relay';

export interface MessagingOptions {
  clientId: string;
  brokers: string[];
  /** Put before every topic and consumer group of this service; see KAFKA_TOPIC_PREFIX. */
  topicPrefix?: string;
  outbox?: OutboxRelayOptions;
}

/**
 * A service's Kafka side: the outbox relay, and the consumers its feature modules register in
 * onModuleInit. All start once the application has bootstrapped and stop on shutdown.
 */
@Injectable()
export class Messaging implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly relay: OutboxRelay;
  private readonly consumers: IdempotentConsumer[] = [];
  private readonly topicPrefix: string;

  constructor(
    options: MessagingOptions,
    private readonly db: DataSource,
  ) {
    this.topicPrefix = options.topicPrefix ?? '';
    this.kafka = createKafka(options.clientId, options.brokers);
    this.producer = createOrderedProducer(this.kafka);
    const publisher = new KafkaOutboxPublisher(this.producer, this.topicPrefix);
    this.relay = new OutboxRelay(db, publisher, options.outbox);
  }

  consume(options: IdempotentConsumerOptions): void {
    // Groups too: environments sharing a cluster must not share consumer groups.
    const groupId = this.topicPrefix + options.groupId;
    const topics = options.topics.map((topic) => this.topicPrefix + topic);
    this.consumers.push(
      new IdempotentConsumer(this.kafka, this.db, this.producer, { ...options, groupId, topics }),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.connect();
    this.relay.start();
    await Promise.all(this.consumers.map((consumer) => consumer.start()));
  }

  // Before the database module closes its connections, which the work in hand still needs.
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    await this.relay.stop();
    await this.producer.disconnect();
  }
}
