import { Producer } from 'kafkajs';
import { DeadLetter } from './dead-letter';

// Keeps each produce request well under the broker's default limit of 1 MB per request.
const MESSAGES_PER_REQUEST = 100;

/**
 * Publishes the replayable ones of `deadLetters` back to their original topics, in the order
 * given, with their original key, body and headers (the `dlt-*` headers left behind), acknowledged
 * by every in-sync replica. Safe to repeat: each consumer records an event's id with its effect,
 * so an event already applied is only recorded as handled again, and changes nothing.
 * `producer` should place keys as the services' producers do (`createOrderedProducer`), so that a
 * replayed event lands on its key's partition, behind that key's earlier events.
 * @returns how many records were published.
 */
export async function replayDeadLetters(
  producer: Producer,
  deadLetters: DeadLetter[],
): Promise<number> {
  const replayable = deadLetters.filter((deadLetter) => deadLetter.replayable);
  for (let first = 0; first < replayable.length; first += MESSAGES_PER_REQUEST) {
    const chunk = replayable.slice(first, first + MESSAGES_PER_REQUEST);
    for (const topic of new Set(chunk.map(({ originalTopic }) => originalTopic as string))) {
      const messages = chunk.filter((letter) => letter.originalTopic === topic);
      await producer.send({ topic, acks: -1, messages: messages.map(({ original }) => original) });
    }
  }
  return replayable.length;
}
