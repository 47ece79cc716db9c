import { Injectable, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { Kafka, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createKafka, createOrderedProducer } from '../create-kafka';
import { KafkaOutboxPublisher } from '../outbox/kafka-outbox-publisher';
import { OutboxRelay, OutboxRelayOptions } from '../outbox/outbox-relay';
import { KafkaEventTransport } from './kafka-event-transport';

export interface MessagingOptions {
  clientId: string;
  brokers: string[];
  /** Put before every topic and consumer group of this service; see KAFKA_TOPIC_PREFIX. */
  topicPrefix?: string;
  outbox?: OutboxRelayOptions;
}

/**
 * A service's Kafka side: the outbox relay (for a service with a database), and `handlers`,
 * the transport that serves its `@EventPattern` handlers once startKafkaHandlers has started
 * it. Both stop before the database closes.
 */
@Injectable()
export class Messaging implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly kafka: Kafka;
  readonly handlers: KafkaEventTransport;
  private readonly producer: Producer;
  private readonly relay?: OutboxRelay;

  constructor(options: MessagingOptions, db?: DataSource) {
    const topicPrefix = options.topicPrefix ?? '';
    this.kafka = createKafka(options.clientId, options.brokers);
    this.producer = createOrderedProducer(this.kafka);
    const publisher = new KafkaOutboxPublisher(this.producer, topicPrefix);
    if (db) this.relay = new OutboxRelay(db, publisher, options.outbox);
    this.handlers = new KafkaEventTransport({
      kafka: this.kafka,
      producer: this.producer,
      topicPrefix,
      db,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.producer.connect();
    this.relay?.start();
  }

  // Nest closes its microservices only after this hook, and the database right after them:
  // the handlers stop here, while their dead-letter producer and the database still serve.
  async beforeApplicationShutdown(): Promise<void> {
    await this.handlers.close();
    await this.relay?.stop();
    await this.producer.disconnect();
  }
}
