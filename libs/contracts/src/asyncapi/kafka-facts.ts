import { Topic, Topics } from '../topics';

/** The version of the AsyncAPI Kafka bindings the document uses. */
export const KAFKA_BINDING = '0.5.0';

/**
 * Topics are made by the first consumer that reads them (libs/messaging's ensureTopics) with
 * the broker's defaults: 3 partitions (local-infra's `num.partitions`, docker-compose's
 * KAFKA_NUM_PARTITIONS) and Kafka's 7-day, delete-policy retention, unless an operator made
 * them first. Dead-letter topics alike.
 */
export const TOPIC_BINDING = {
  partitions: 3,
  topicConfiguration: { 'cleanup.policy': ['delete'], 'retention.ms': 7 * 24 * 3600 * 1000 },
  bindingVersion: KAFKA_BINDING,
};

/** The document's channel id of `topic`: its name in Topics, e.g. `ledger`. */
export function channelId(topic: Topic): string {
  const entry = Object.entries(Topics).find(([, name]) => name === topic);
  if (!entry) throw new Error(`${topic} is not in Topics`);
  return entry[0];
}

/** The channel id of `topic`'s dead-letter topic, e.g. `ledgerDeadLetters`. */
export function deadLetterChannelId(topic: Topic): string {
  return `${channelId(topic)}DeadLetters`;
}
