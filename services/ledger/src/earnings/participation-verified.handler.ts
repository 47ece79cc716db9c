import { CloudEvent, ParticipationVerified, ParticipationVerifiedV1 } from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Earnings } from './earnings';

/**
 * Kafka edge of earning: each ParticipationVerified on verification's topic, once (the
 * consumer is idempotent); a refused one is dead-lettered with the reason.
 */
@Controller()
@ConsumerGroup('ledger')
export class ParticipationVerifiedHandler {
  constructor(private readonly earnings: Earnings) {}

  @EventPattern(ParticipationVerified)
  earn(
    @Payload() event: CloudEvent<ParticipationVerifiedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    return this.earnings.earn(tx, event);
  }
}
