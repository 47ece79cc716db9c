import { EventDefinition } from '../define-event';
import { Topic, Topics } from '../topics';
import { DEAD_LETTER } from './asyncapi-messages';
import { CONSUMERS } from './consumers';
import { channelId, deadLetterChannelId } from './kafka-facts';
import { JsonSchema } from './payload-schemas';
import { TOPIC_FACTS } from './topic-facts';

function operation(action: string, topic: Topic, types: string[], summary: string) {
  const channel = channelId(topic);
  return {
    action,
    channel: { $ref: `#/channels/${channel}` },
    summary,
    messages: types.map((type) => ({ $ref: `#/channels/${channel}/messages/${type}` })),
  };
}

function sends(definitions: EventDefinition[]): [string, JsonSchema][] {
  return Object.values(Topics)
    .filter((topic) => topic !== Topics.participationReported)
    .map((topic) => {
      const { producer, retired = [] } = TOPIC_FACTS[topic];
      const types = definitions
        .filter((d) => d.topic === topic && !retired.includes(d.type))
        .map((d) => d.type);
      const summary = `${producer} publishes through its transactional outbox.`;
      return [`${producer}.send.${channelId(topic)}`, operation('send', topic, types, summary)];
    });
}

function receives(): [string, JsonSchema][] {
  return Object.entries(CONSUMERS).flatMap(([service, topics]) =>
    Object.entries(topics).map(([topic, types]): [string, JsonSchema] => [
      `${service}.receive.${channelId(topic as Topic)}`,
      operation('receive', topic as Topic, types ?? [], `${service} handles these, idempotently.`),
    ]),
  );
}

function deadLetters(): [string, JsonSchema][] {
  return Object.values(Topics).map((topic) => {
    const channel = deadLetterChannelId(topic);
    return [
      `deadLetter.send.${channel}`,
      {
        action: 'send',
        channel: { $ref: `#/channels/${channel}` },
        summary: `Any consumer group of ${topic} dead-letters here what it cannot handle.`,
        messages: [{ $ref: `#/channels/${channel}/messages/${DEAD_LETTER}` }],
      },
    ];
  });
}

/**
 * The document's operations: each producer's `send` to its topic, each service's `receive` of
 * the events it handles (verification's of the inbound topic among them), and the dead-letter
 * `send`s.
 */
export function asyncApiOperations(definitions: EventDefinition[]): Record<string, JsonSchema> {
  return Object.fromEntries([...sends(definitions), ...receives(), ...deadLetters()]);
}
