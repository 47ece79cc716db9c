import { CloudEvent, EventAttributes } from './cloud-event';

/** Attributes for an event that `cause` led to, so the whole chain shares one correlation id. */
export function causedBy(cause: CloudEvent, source: string): EventAttributes {
  return {
    source,
    tenantid: cause.tenantid,
    correlationid: cause.correlationid,
    causationid: cause.id,
  };
}
