import { CloudEvent, ParticipationVerified, ParticipationVerifiedV1 } from '@citypoints/contracts';
import { ConsumerGroup, EventBatchPattern, KafkaEventBatchContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Earnings } from './earnings';

/**
 * Kafka edge of earning: each ParticipationVerified on verification's topic, once (the
 * consumer is idempotent), a partition's batch in one transaction; a refused one is
 * dead-lettered with the reason.
 */
@Controller()
@ConsumerGroup('ledger')
export class ParticipationVerifiedHandler {
  constructor(private readonly earnings: Earnings) {}

  @EventBatchPattern(ParticipationVerified)
  earn(
    @Payload() events: CloudEvent<ParticipationVerifiedV1>[],
    @Ctx() { tx }: KafkaEventBatchContext,
  ): Promise<void> {
    return this.earnings.earnAll(tx, events);
  }
}
