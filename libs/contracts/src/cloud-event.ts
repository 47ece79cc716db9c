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
  /** The id of the first event of the chain, so logs can follow one request across services. */
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
