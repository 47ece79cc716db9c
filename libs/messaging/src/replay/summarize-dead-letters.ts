import { DeadLetter } from './dead-letter';

/**
 * The closing lines of a listing: how many dead letters were read from `topic`, how many can be
 * replayed, and how many of each event type and consumer group (`?` when a record names none).
 */
export function summarizeDeadLetters(topic: string, deadLetters: DeadLetter[]): string[] {
  const replayable = deadLetters.filter((deadLetter) => deadLetter.replayable).length;
  const noun = deadLetters.length === 1 ? 'dead letter' : 'dead letters';
  const lines = [`${deadLetters.length} ${noun} on ${topic}, ${replayable} replayable`];
  if (deadLetters.length === 0) return lines;
  return [
    ...lines,
    `  by type: ${counts(deadLetters.map(({ eventType }) => eventType))}`,
    `  by consumer group: ${counts(deadLetters.map(({ consumerGroup }) => consumerGroup))}`,
  ];
}

function counts(values: (string | undefined)[]): string {
  const tally = new Map<string, number>();
  for (const value of values) tally.set(value ?? '?', (tally.get(value ?? '?') ?? 0) + 1);
  return [...tally].map(([value, count]) => `${value} ×${count}`).join(', ');
}
