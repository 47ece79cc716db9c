/** Who caused an event and for which tenant; personal data never goes here. */
export interface EventMetadata {
  tenantId: string;
  correlationId: string;
  causationId?: string;
}

export interface NewEvent<T extends object = object> {
  type: string;
  data: T;
  metadata: EventMetadata;
  /** Unique across the store: an effect that must happen once carries the key of its cause. */
  idempotencyKey?: string;
}

export interface StoredEvent<T extends object = object> extends NewEvent<T> {
  globalPosition: bigint;
  streamId: string;
  streamVersion: number;
  recordedAt: Date;
}

export interface StoredEventRow {
  global_position: string;
  stream_id: string;
  stream_version: number;
  event_type: string;
  data: object;
  metadata: EventMetadata;
  idempotency_key: string | null;
  recorded_at: Date;
}

export function toStoredEvent(row: StoredEventRow): StoredEvent {
  return {
    globalPosition: BigInt(row.global_position),
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    ...(row.idempotency_key !== null && { idempotencyKey: row.idempotency_key }),
    recordedAt: row.recorded_at,
  };
}

export const EVENT_COLUMNS = `global_position, stream_id, stream_version, event_type, data,
  metadata, idempotency_key, recorded_at`;
