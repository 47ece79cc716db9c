/** CloudEvents 1.0 with City Points' extensions; `data` is the JSON body on Kafka. */
export interface CloudEvent<T = unknown> {
  specversion: '1.0';
  /** UUIDv7: unique, and sortable by creation time. */
  id: string;
  /** `citypoints.<domain>.<EventName>.v<N>`, see VERSIONING.md. */
  type: string;
  source: string;
  time: string;
  subject?: string;
  datacontenttype: 'application/json';
  tenantid: string;
  correlationid: string;
  causationid?: string;
  data: T;
}

export interface EventAttributes {
  source: string;
  tenantid: string;
  subject?: string;
  correlationid?: string;
  causationid?: string;
}

/** A message that is not a valid City Points event; the message names what is wrong. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}
