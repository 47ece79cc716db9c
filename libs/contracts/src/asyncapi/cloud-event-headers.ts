import { TENANT_ID } from '../fields/tenant-id';
import { JsonSchema, SCHEMAS_POINTER } from './payload-schemas';

/** The component id of the CloudEvents headers' schema. */
export const CLOUD_EVENT_HEADERS = 'CloudEventHeaders';

/**
 * The Kafka headers of an event, as toKafkaMessage writes them and fromKafkaMessage requires
 * them: the CloudEvents 1.0 Kafka protocol binding in binary mode, `ce_` and the attribute's
 * name, with City Points' extensions `tenantid`, `correlationid` and `causationid`.
 */
export const CLOUD_EVENT_HEADERS_SCHEMA: JsonSchema = {
  type: 'object',
  required: [
    'ce_specversion',
    'ce_id',
    'ce_type',
    'ce_source',
    'ce_time',
    'ce_tenantid',
    'ce_correlationid',
  ],
  properties: {
    'content-type': {
      type: 'string',
      pattern: '^application/json\\s*(;|$)',
      description: '`application/json`: the body is the JSON payload. May be absent.',
    },
    ce_specversion: { type: 'string', const: '1.0' },
    ce_id: { type: 'string', format: 'uuid', description: 'UUIDv7: unique, time-ordered.' },
    ce_type: { type: 'string', description: 'The event type, as the message names it.' },
    ce_source: {
      type: 'string',
      description: 'URI reference of the producer, e.g. `/citypoints/ledger`.',
    },
    ce_time: { type: 'string', format: 'date-time', description: 'RFC 3339, UTC.' },
    ce_subject: { type: 'string', description: 'What the event is about, e.g. an account id.' },
    ce_tenantid: {
      type: 'string',
      pattern: TENANT_ID.source,
      description: 'The tenant (municipality) the event belongs to: its slug, e.g. `cascais`.',
    },
    ce_correlationid: {
      type: 'string',
      description: 'The id of the first event of the chain (its own id when it starts one).',
    },
    ce_causationid: { type: 'string', description: 'The id of the event that caused this one.' },
  },
};

/** The headers of an event of `type`: CloudEventHeaders with that `ce_type`. */
export function cloudEventHeaders(type: string): JsonSchema {
  return {
    allOf: [
      { $ref: `${SCHEMAS_POINTER}${CLOUD_EVENT_HEADERS}` },
      { properties: { ce_type: { const: type } } },
    ],
  };
}

/** The headers a dead-letter record adds to the original record's (libs/messaging). */
export const DEAD_LETTER_HEADERS: JsonSchema = {
  type: 'object',
  required: [
    'dlt-reason',
    'dlt-original-topic',
    'dlt-original-partition',
    'dlt-original-offset',
    'dlt-consumer-group',
    'dlt-failed-at',
  ],
  properties: {
    'dlt-reason': {
      type: 'string',
      maxLength: 2000,
      description: 'Why: the validation error, `refused (<code>): <message>`, or the last failure.',
    },
    'dlt-original-topic': { type: 'string', description: 'With the cluster prefix, if any.' },
    'dlt-original-partition': { type: 'string', pattern: '^[0-9]+$' },
    'dlt-original-offset': { type: 'string', pattern: '^[0-9]+$' },
    'dlt-consumer-group': { type: 'string', description: 'The group that could not handle it.' },
    'dlt-failed-at': { type: 'string', format: 'date-time' },
  },
  additionalProperties: { description: "The original record's headers, `ce_*` among them." },
};
