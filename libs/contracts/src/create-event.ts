import { v7 as uuidv7 } from 'uuid';
import { CloudEvent, EventAttributes } from './cloud-event';
import { validateEventData } from './event-registry';
import { assertTenantId } from './tenant-id';

/** A new event with a UUIDv7 id; invalid data is refused here, before it can be stored. */
export function createEvent<T extends object>(
  type: string,
  data: T,
  attributes: EventAttributes,
): CloudEvent<T> {
  validateEventData(type, data);
  assertTenantId(attributes.tenantid);
  const id = uuidv7();
  return {
    specversion: '1.0',
    id,
    type,
    source: attributes.source,
    time: new Date().toISOString(),
    ...(attributes.subject !== undefined && { subject: attributes.subject }),
    datacontenttype: 'application/json',
    tenantid: attributes.tenantid,
    correlationid: attributes.correlationid ?? id,
    ...(attributes.causationid !== undefined && { causationid: attributes.causationid }),
    data,
  };
}

/** Attributes for an event that `cause` led to: the same tenant and correlation. */
export function causedBy(cause: CloudEvent, source: string): EventAttributes {
  return {
    source,
    tenantid: cause.tenantid,
    correlationid: cause.correlationid,
    causationid: cause.id,
  };
}
