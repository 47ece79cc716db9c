import { EventDefinition } from '../define-event';
import { TENANT_ID } from '../fields/tenant-id';
import { cloudEventHeaders, DEAD_LETTER_HEADERS } from './cloud-event-headers';
import { KAFKA_BINDING } from './kafka-facts';
import { JsonSchema, SCHEMAS_POINTER } from './payload-schemas';
import { MessageKey, TOPIC_FACTS } from './topic-facts';

/** The component id of the dead-letter message, the same on every dead-letter topic. */
export const DEAD_LETTER = 'DeadLetter';

/** How the messages of `type` on its topic are keyed; the topic's key unless it names another. */
export function messageKey({ type, topic }: EventDefinition): MessageKey {
  const facts = TOPIC_FACTS[topic];
  return facts.keys?.[type] ?? facts.key;
}

function keySchema({ key, ordering }: MessageKey): JsonSchema {
  return {
    type: 'string',
    pattern: `^${TENANT_ID.source.slice(1, -1)}:.+$`,
    description: `\`${key}\`. ${ordering}`,
  };
}

/**
 * The AsyncAPI message of an event type: CloudEvents headers, the payload class's schema, the
 * Kafka key; its component id is the type.
 */
export function eventMessage(definition: EventDefinition): JsonSchema {
  const { type, topic, payload } = definition;
  const [, domain, name, version] = type.split('.');
  const retired = TOPIC_FACTS[topic].retired?.includes(type);
  return {
    name: type,
    title: `${name} ${version}`,
    summary: `${name}, ${version}, published by ${domain === 'integration' ? 'municipality systems' : domain}${retired ? ' until superseded: still on the topic, no longer published' : ''}.`,
    contentType: 'application/json',
    correlationId: { location: '$message.header#/ce_correlationid' },
    headers: cloudEventHeaders(type),
    payload: { $ref: `${SCHEMAS_POINTER}${payload.name}` },
    bindings: { kafka: { key: keySchema(messageKey(definition)), bindingVersion: KAFKA_BINDING } },
  };
}

/** The message of every dead-letter topic: the original record with `dlt-*` headers. */
export const deadLetterMessage: JsonSchema = {
  name: DEAD_LETTER,
  title: 'Dead letter',
  summary: 'A record a consumer group could not handle, with why and where it failed.',
  description:
    'The original key, body and headers, unchanged (the body may be anything: that may be why ' +
    'it is here), plus the `dlt-*` headers. `npm run dlt:replay` publishes chosen records back ' +
    'to their original topic without the `dlt-*` headers.',
  headers: DEAD_LETTER_HEADERS,
  payload: { description: 'The original body, as it was.' },
  bindings: {
    kafka: {
      key: { type: 'string', description: 'The original key.' },
      bindingVersion: KAFKA_BINDING,
    },
  },
};
