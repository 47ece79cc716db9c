import { validate as isUuid } from 'uuid';
import { CloudEvent, InvalidEventError } from './cloud-event';
import { validateEventData } from './event-registry';
import { assertTenantId } from './tenant-id';

export interface KafkaRecord {
  key: string;
  value: string;
  headers: Record<string, string>;
}

type HeaderValue = Buffer | string | (Buffer | string)[] | undefined;

/** The shape of a message as kafkajs delivers it. */
export interface IncomingKafkaMessage {
  value: Buffer | string | null;
  headers?: Record<string, HeaderValue>;
}

const ATTRIBUTES = [
  'specversion',
  'id',
  'type',
  'source',
  'time',
  'subject',
  'tenantid',
  'correlationid',
  'causationid',
] as const;
const REQUIRED = ['specversion', 'id', 'type', 'source', 'time', 'tenantid', 'correlationid'];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** CloudEvents Kafka protocol binding, binary mode: attributes in ce_* headers, data as body. */
export function toKafkaMessage(event: CloudEvent, key: string): KafkaRecord {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const attribute of ATTRIBUTES) {
    const value = event[attribute];
    if (value !== undefined) headers[`ce_${attribute}`] = value;
  }
  return { key, value: JSON.stringify(event.data), headers };
}

/** Decodes and validates a binary-mode message; throws InvalidEventError naming the fault. */
export function fromKafkaMessage(message: IncomingKafkaMessage): CloudEvent {
  const header = (name: string) => headerText(message.headers?.[`ce_${name}`]);
  for (const name of REQUIRED) {
    if (!header(name)) throw new InvalidEventError(`ce_${name} header is missing`);
  }
  const attributes = Object.fromEntries(ATTRIBUTES.map((name) => [name, header(name)]));
  if (attributes.specversion !== '1.0') {
    throw new InvalidEventError(`ce_specversion must be 1.0, not "${attributes.specversion}"`);
  }
  if (!isUuid(attributes.id)) throw new InvalidEventError('ce_id must be a UUID');
  if (!RFC3339.test(attributes.time ?? '')) {
    throw new InvalidEventError('ce_time must be an RFC 3339 timestamp');
  }
  assertTenantId(attributes.tenantid ?? '');
  const data = validateEventData(attributes.type ?? '', parseBody(message.value));
  return {
    ...(Object.fromEntries(
      Object.entries(attributes).filter(([, value]) => value !== undefined),
    ) as Omit<CloudEvent, 'data' | 'datacontenttype'>),
    datacontenttype: 'application/json',
    data,
  };
}

function headerText(value: HeaderValue): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined ? undefined : single.toString();
}

function parseBody(value: Buffer | string | null): unknown {
  if (value === null) throw new InvalidEventError('the message has no body');
  try {
    return JSON.parse(value.toString());
  } catch {
    throw new InvalidEventError('the body is not valid JSON');
  }
}
