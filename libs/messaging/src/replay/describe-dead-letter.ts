import { DeadLetter } from './dead-letter';

/**
 * One line about a dead letter for a person deciding whether to replay it: where it lies, where
 * and in which consumer group it failed, why, and the event's type and id. Never the key or the
 * body, which may hold personal data. `?` stands for a header the record lacks.
 */
export function describeDeadLetter(deadLetter: DeadLetter): string {
  const show = (value?: string) => value ?? '?';
  const { originalTopic, originalPartition, originalOffset } = deadLetter;
  return [
    `[${deadLetter.partition}]@${deadLetter.offset}`,
    deadLetter.replayable ? '' : 'NOT REPLAYABLE',
    `from ${show(originalTopic)}[${show(originalPartition)}]@${show(originalOffset)}`,
    `group ${show(deadLetter.consumerGroup)}`,
    `type ${show(deadLetter.eventType)}`,
    `id ${show(deadLetter.eventId)}`,
    `at ${show(deadLetter.failedAt)}`,
    `reason: ${show(deadLetter.reason)}`,
  ]
    .filter(Boolean)
    .join('  ');
}
