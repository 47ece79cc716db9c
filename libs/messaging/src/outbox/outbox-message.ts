import { CloudEvent } from '@citypoints/contracts';

/** An event on its way out: which topic, and the key that keeps one aggregate's events in order. */
export interface OutboxMessage {
  topic: string;
  key: string;
  event: CloudEvent;
  /** The trace context of the request or handler that wrote it (see appendToOutbox). */
  traceContext?: Record<string, string>;
}

export interface OutboxPublisher {
  /** Publishes in the given order, resolving only once Kafka has acknowledged every message. */
  publish(messages: OutboxMessage[]): Promise<void>;
}
