import { isISO8601, isRFC3339, isUUID } from 'class-validator';
import { assertTenantId } from './assert-tenant-id';
import { CloudEvent } from './cloud-event';
import { InvalidEventError } from './invalid-event-error';
import { validateEventData } from './validate-event-data';

type HeaderValue = Buffer | string | (Buffer | string)[] | undefined;
type Headers = Record<string, HeaderValue>;

/** The shape of a message as kafkajs delivers it. */
export interface IncomingKafkaMessage {
  value: Buffer | string | null;
  headers?: Headers;
}

/** Decodes and validates a binary-mode message; throws InvalidEventError naming the fault. */
export function fromKafkaMessage(message: IncomingKafkaMessage): CloudEvent {
  const headers = message.headers ?? {};
  const optional = (name: string) => headerText(headers[`ce_${name}`]);
  const required = (name: string) => {
    const value = optional(name);
    if (!value) throw new InvalidEventError(`ce_${name} header is missing`);
    return value;
  };
  const specversion = required('specversion');
  const id = required('id');
  const type = required('type');
  const source = required('source');
  const time = required('time');
  const tenantid = required('tenantid');
  const correlationid = required('correlationid');
  const subject = optional('subject');
  const causationid = optional('causationid');

  if (specversion !== '1.0') {
    throw new InvalidEventError(`ce_specversion must be 1.0, not "${specversion}"`);
  }
  if (!isUUID(id)) throw new InvalidEventError(`ce_id must be a UUID, not "${id}"`);
  // isRFC3339 checks the shape; strict ISO 8601 also refuses dates like February 30.
  if (!isRFC3339(time) || !isISO8601(time, { strict: true })) {
    throw new InvalidEventError(`ce_time must be an RFC 3339 timestamp, not "${time}"`);
  }
  assertTenantId(tenantid, 'ce_tenantid');
  assertJsonContent(headerText(headers['content-type']));

  return {
    specversion,
    id,
    type,
    source,
    time,
    ...(subject !== undefined && { subject }),
    datacontenttype: 'application/json',
    tenantid,
    correlationid,
    ...(causationid !== undefined && { causationid }),
    data: validateEventData(type, parseBody(message.value)),
  };
}

// kafkajs gives repeated headers as an array; a CloudEvents attribute occurs once.
function headerText(value: HeaderValue): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  return single?.toString();
}

// Lenient on a missing content-type (some integrations omit it), strict on a different one.
function assertJsonContent(contentType: string | undefined): void {
  if (contentType !== undefined && !/^application\/json\s*(;|$)/i.test(contentType)) {
    throw new InvalidEventError(`content-type must be application/json, not "${contentType}"`);
  }
}

function parseBody(value: Buffer | string | null): unknown {
  if (value === null) throw new InvalidEventError('the message has no body');
  try {
    return JSON.parse(value.toString());
  } catch {
    throw new InvalidEventError('the body is not valid JSON');
  }
}
