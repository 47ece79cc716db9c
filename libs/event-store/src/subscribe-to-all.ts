import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { readAllEvents } from './read-all-events';
import { StoredEvent } from './stored-event';

export interface AllEventsSubscriptionOptions {
  /** The last position the subscriber has handled; it keeps its own checkpoint. */
  after: bigint;
  /** Handles a batch in order; the subscription moves past it only once this resolves. */
  handle(events: StoredEvent[]): Promise<void>;
  batchSize?: number;
  pollIntervalMs?: number;
}

export interface Subscription {
  stop(): Promise<void>;
}

/** Feeds every event, in global order and without gaps, to `handle`, until stopped. */
export function subscribeToAll(
  db: DataSource,
  options: AllEventsSubscriptionOptions,
): Subscription {
  const logger = new Logger('subscribeToAll');
  const batchSize = options.batchSize ?? 1000;
  const pollIntervalMs = options.pollIntervalMs ?? 100;
  let position = options.after;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const events = await readAllEvents(db.manager, position, batchSize);
        if (events.length > 0) {
          await options.handle(events);
          position = events[events.length - 1].globalPosition;
        }
        if (events.length < batchSize) await sleep(pollIntervalMs);
      } catch (error) {
        logger.error(`Subscription failed at ${position}, retrying: ${(error as Error).message}`);
        await sleep(1000);
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
