import { v7 as uuidv7 } from 'uuid';
import { assertTenantId } from './assert-tenant-id';
import { CloudEvent, EventAttributes } from './cloud-event';
import { validateEventData } from './validate-event-data';

/** A new event with a UUIDv7 id; invalid data is refused here, before it can be stored. */
export function createEvent<T extends object>(
  type: string,
  data: T,
  attributes: EventAttributes,
): CloudEvent<T> {
  validateEventData(type, data);
  assertTenantId(attributes.tenantid, 'tenantid');
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
