export {
  EventHandler,
  IdempotentConsumer,
  IdempotentConsumerOptions,
} from './consumer/idempotent-consumer';
export { RetryPolicy } from './consumer/with-retries';
export { createKafka, createOrderedProducer } from './create-kafka';
export { MessagingTables1764028800000 } from './messaging-tables.migration';
export { KafkaHealthIndicator } from './nest/kafka-health.indicator';
export { Messaging, MessagingOptions } from './nest/messaging';
export { MessagingModule } from './nest/messaging.module';
export { appendToOutbox } from './outbox/append-to-outbox';
export { KafkaOutboxPublisher } from './outbox/kafka-outbox-publisher';
export { OutboxMessage, OutboxPublisher } from './outbox/outbox-message';
export { OutboxRelay, OutboxRelayOptions } from './outbox/outbox-relay';
