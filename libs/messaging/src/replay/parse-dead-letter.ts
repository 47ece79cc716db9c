import { deadLetterTopic } from '@citypoints/contracts';
import { IHeaders, KafkaMessage } from 'kafkajs';
import { DeadLetter } from './dead-letter';

const DEAD_LETTER_HEADER = /^dlt-/;
// Header values come from whoever produced the message: no terminal escapes, no line breaks.
const CONTROL_CHARACTERS = /\p{Cc}+/gu;

/**
 * Reads a record of the dead-letter topic `topic`, in the format of `deadLetterRecord`: why and
 * where its message failed, and the message as it was before. The texts read from headers have
 * their control characters replaced by spaces, so they print safely. Never throws: a record that is not
 * in that format (a header missing, another original topic) is returned as not replayable.
 */
export function parseDeadLetter(
  topic: string,
  partition: number,
  message: KafkaMessage,
): DeadLetter {
  const headers = message.headers ?? {};
  const originalTopic = text(headers['dlt-original-topic']);
  return {
    topic,
    partition,
    offset: message.offset,
    originalTopic,
    originalPartition: text(headers['dlt-original-partition']),
    originalOffset: text(headers['dlt-original-offset']),
    consumerGroup: text(headers['dlt-consumer-group']),
    reason: text(headers['dlt-reason']),
    failedAt: text(headers['dlt-failed-at']),
    eventType: text(headers.ce_type),
    eventId: text(headers.ce_id),
    replayable: originalTopic !== undefined && deadLetterTopic(originalTopic) === topic,
    original: {
      key: message.key,
      value: message.value,
      headers: Object.fromEntries(
        Object.entries(headers).filter(([name]) => !DEAD_LETTER_HEADER.test(name)),
      ) as IHeaders,
    },
  };
}

function text(header: IHeaders[string]): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.toString().replace(CONTROL_CHARACTERS, ' ');
}
