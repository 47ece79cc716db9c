import { Message } from 'kafkajs';

/** One record of a dead-letter topic, as `deadLetterRecord` wrote it. */
export interface DeadLetter {
  /** Where it lies on the dead-letter topic (the full name, prefix included). */
  topic: string;
  partition: number;
  offset: string;
  /** From the `dlt-*` headers; absent when the record lacks one. */
  originalTopic?: string;
  originalPartition?: string;
  originalOffset?: string;
  consumerGroup?: string;
  reason?: string;
  /** ISO-8601, UTC. */
  failedAt?: string;
  /** From the CloudEvents headers (`ce_type`, `ce_id`); absent for a message that had none. */
  eventType?: string;
  eventId?: string;
  /** Only when its original topic is the one whose dead-letter topic it lies on. */
  replayable: boolean;
  /** The message as it was on its original topic: key, body and headers without the `dlt-*`. */
  original: Message;
}
