import { CloudEvent } from '@citypoints/contracts';

/** An event on its way out: which topic, and the key that keeps one aggregate's events in order. */
export interface OutboxMessage {
  topic: string;
  key: string;
  event: CloudEvent;
}

export interface OutboxPublisher {
  /** Publishes in the given order, resolving only once Kafka has acknowledged every message. */
  publish(messages: OutboxMessage[]): Promise<void>;
}
