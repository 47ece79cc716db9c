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

// W3C Trace Context, as the CloudEvents Distributed Tracing extension and OpenTelemetry's
// Kafka propagation name them: a consumer's span continues the trace that wrote the event.
const TRACE_HEADERS = ['traceparent', 'tracestate'] as const;

/**
 * CloudEvents Kafka protocol binding, binary mode: attributes in `ce_*` headers and the data
 * alone as the body, so that consumers can route and dead-letter without parsing the body.
 * `traceContext` (its `traceparent` and `tracestate`, when present) goes in headers of the same
 * names.
 */
export function toKafkaMessage(
  event: CloudEvent,
  key: string,
  traceContext: Record<string, string> = {},
): KafkaRecord {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const attribute of HEADER_ATTRIBUTES) {
    const value = event[attribute];
    if (value !== undefined) headers[`ce_${attribute}`] = value;
  }
  for (const name of TRACE_HEADERS) {
    const value = traceContext[name];
    if (value) headers[name] = value;
  }
  return { key, value: JSON.stringify(event.data), headers };
}
