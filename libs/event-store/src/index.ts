export { appendToStreams, StreamAppend, storedIdempotencyKeys } from './append-to-streams';
export { ConcurrencyError, DuplicateEventError } from './event-store-errors';
export { EventStoreTables1764115200000 } from './event-store-tables.migration';
export { readAllEvents } from './read-all-events';
export { readStream, StreamState } from './read-stream';
export { readStreamVersion } from './read-stream-version';
export { EventMetadata, NewEvent, StoredEvent } from './stored-event';
