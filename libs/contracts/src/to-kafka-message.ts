import { CloudEvent } from './cloud-event';

export interface KafkaRecord {
  key: string;
  value: string;
  headers: Record<string, string>;
}

const HEADER_ATTRIBUTES = [
  'specversion',
  'id',
  'type',
  'source',
  'time',
  'subject',
  'tenantid',
  'correlationid',
  'causationid',
] as const satisfies readonly (keyof CloudEvent)[];

/**
 * CloudEvents Kafka protocol binding, binary mode: attributes in `ce_*` headers and the data
 * alone as the body, so that consumers can route and dead-letter without parsing the body.
 */
export function toKafkaMessage(event: CloudEvent, key: string): KafkaRecord {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const attribute of HEADER_ATTRIBUTES) {
    const value = event[attribute];
    if (value !== undefined) headers[`ce_${attribute}`] = value;
  }
  return { key, value: JSON.stringify(event.data), headers };
}
