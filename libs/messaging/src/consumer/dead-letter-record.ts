import { deadLetterTopic } from '@citypoints/contracts';
import { KafkaMessage, Message } from 'kafkajs';

export interface DeadLetterContext {
  topic: string;
  partition: number;
  consumerGroup: string;
  reason: string;
}

const MAX_REASON_LENGTH = 2000;

/** The original key, body and headers, plus why and where the message failed. */
export function deadLetterRecord(
  message: KafkaMessage,
  context: DeadLetterContext,
): { topic: string; message: Message } {
  return {
    topic: deadLetterTopic(context.topic),
    message: {
      key: message.key,
      value: message.value,
      headers: {
        ...message.headers,
        'dlt-reason': context.reason.slice(0, MAX_REASON_LENGTH),
        'dlt-original-topic': context.topic,
        'dlt-original-partition': String(context.partition),
        'dlt-original-offset': message.offset,
        'dlt-consumer-group': context.consumerGroup,
        'dlt-failed-at': new Date().toISOString(),
      },
    },
  };
}
