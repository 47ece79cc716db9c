import { CloudEvent, RedemptionRequested, RedemptionRequestedV1 } from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Redemptions } from './redemptions';

/** Kafka edge of the redemption saga: each RedemptionRequested on rewards' topic, once. */
@Controller()
@ConsumerGroup('ledger-redemptions')
export class RedemptionRequestedHandler {
  constructor(private readonly redemptions: Redemptions) {}

  @EventPattern(RedemptionRequested)
  spend(
    @Payload() event: CloudEvent<RedemptionRequestedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    return this.redemptions.spend(tx, event);
  }
}
