import { asyncApiChannels } from './asyncapi-channels';
import { CLOUD_EVENT_HEADERS, CLOUD_EVENT_HEADERS_SCHEMA } from './cloud-event-headers';
import { DEAD_LETTER, deadLetterMessage, eventMessage } from './asyncapi-messages';
import { asyncApiOperations } from './asyncapi-operations';
import { JsonSchema, payloadSchemas } from './payload-schemas';
import { registeredEvents } from './registered-events';

const DESCRIPTION = `City Points' Kafka topics: the inbound topic on which municipality systems
report participation, the topics on which each domain publishes its events, and their
dead-letter topics.

- **Envelope**: CloudEvents 1.0, Kafka protocol binding in binary mode: the attributes in
  \`ce_*\` headers (\`ce_tenantid\`, \`ce_correlationid\`, \`ce_causationid\` are City Points'
  extensions), the JSON payload alone as the body.
- **Delivery**: at least once. Producers publish through a transactional outbox; a consumer
  applies each \`ce_id\` once.
- **Order**: only within a key (one partition); each message's Kafka binding names its key.
- **Validation**: a consumer refuses unknown payload fields and any message that breaks these
  schemas, sending it to the topic's dead-letter topic (\`<topic>.dlt\`) with the reason.
- **Versions**: a type ends in \`.v<N>\`; a change a consumer cannot ignore is a new type, and
  consumers accept both before producers switch. Topics end in \`.v1\`.

Generated from libs/contracts by \`npm run asyncapi:generate\`; do not edit.`;

const SERVERS = {
  local: {
    host: '127.0.0.1:59092',
    protocol: 'kafka',
    protocolVersion: '3.9',
    description: 'The local broker of `npm run infra:up` or `docker compose up` (KRaft, one node).',
  },
  cluster: {
    host: '{brokers}',
    protocol: 'kafka',
    description: "A deployment's cluster; topics carry its `KAFKA_TOPIC_PREFIX`, if any.",
    variables: { brokers: { description: 'The `KAFKA_BROKERS` of the deployment.' } },
  },
};

/**
 * The AsyncAPI 3.0.0 document of City Points' topics, built from the contracts' registered
 * events (payload schemas, topics) and the facts in this folder (keys, consumers, retention).
 */
export function asyncApiDocument(): JsonSchema {
  const definitions = registeredEvents();
  const messages = Object.fromEntries(definitions.map((d) => [d.type, eventMessage(d)]));
  return {
    asyncapi: '3.0.0',
    info: { title: 'City Points events', version: '1.0.0', description: DESCRIPTION },
    defaultContentType: 'application/json',
    servers: SERVERS,
    channels: asyncApiChannels(definitions),
    operations: asyncApiOperations(definitions),
    components: {
      messages: { ...messages, [DEAD_LETTER]: deadLetterMessage },
      schemas: {
        [CLOUD_EVENT_HEADERS]: CLOUD_EVENT_HEADERS_SCHEMA,
        ...payloadSchemas(definitions.map((d) => d.payload)),
      },
    },
  };
}
