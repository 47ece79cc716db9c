import { deadLetterTopic } from '../dead-letter-topic';
import { EventDefinition } from '../define-event';
import { Topic, Topics } from '../topics';
import { DEAD_LETTER, messageKey } from './asyncapi-messages';
import { channelId, deadLetterChannelId, TOPIC_BINDING } from './kafka-facts';
import { JsonSchema } from './payload-schemas';
import { TOPIC_FACTS } from './topic-facts';

const PREFIX_NOTE =
  " On a shared cluster every topic name is preceded by the deployment's `KAFKA_TOPIC_PREFIX`" +
  ' (none by default).';

function eventChannel(topic: Topic, definitions: EventDefinition[]): JsonSchema {
  const facts = TOPIC_FACTS[topic];
  const keys = [...new Set(definitions.map((d) => messageKey(d).key))];
  return {
    address: topic,
    title: topic,
    summary: `Written by ${facts.producer}.`,
    description:
      `${facts.description} Keyed ${keys.map((k) => `\`${k}\``).join(' or ')}: ` +
      `a key's messages share a partition and keep their order; nothing is ordered across ` +
      `keys.${PREFIX_NOTE}`,
    messages: Object.fromEntries(
      definitions.map(({ type }) => [type, { $ref: `#/components/messages/${type}` }]),
    ),
    bindings: { kafka: { topic, ...TOPIC_BINDING } },
  };
}

function deadLetterChannel(topic: Topic): JsonSchema {
  const address = deadLetterTopic(topic);
  return {
    address,
    title: address,
    summary: `Dead letters of ${topic}.`,
    description:
      `What a consumer group of ${topic} could not handle: an invalid event (headers or ` +
      'payload), one its handler refused, or one whose handler kept failing; never dropped, ' +
      `never blocking the partition.${PREFIX_NOTE}`,
    messages: { [DEAD_LETTER]: { $ref: `#/components/messages/${DEAD_LETTER}` } },
    bindings: { kafka: { topic: address, ...TOPIC_BINDING } },
  };
}

/**
 * The document's channels: one per topic of Topics with its registered events, and one per
 * dead-letter topic (every topic has a consumer, so every one has its dead-letter topic).
 */
export function asyncApiChannels(definitions: EventDefinition[]): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.values(Topics).flatMap((topic) => [
      [
        channelId(topic),
        eventChannel(
          topic,
          definitions.filter((d) => d.topic === topic),
        ),
      ],
      [deadLetterChannelId(topic), deadLetterChannel(topic)],
    ]),
  );
}
