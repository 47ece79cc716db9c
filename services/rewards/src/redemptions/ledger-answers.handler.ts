import {
  CloudEvent,
  DebitRejected,
  DebitRejectedV1,
  PointsSpent,
  PointsSpentV1,
} from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { RedemptionSettlement } from './redemption-settlement';

/**
 * Kafka edge of the redemption saga: the ledger's answers to RedemptionRequested. The group is
 * transactional: the outcome and the record of the event id commit together, so a redelivered
 * PointsSpent issues no second voucher. A malformed event is dead-lettered before it gets here.
 */
@Controller()
@ConsumerGroup('rewards-redemptions')
export class LedgerAnswersHandler {
  constructor(private readonly settlement: RedemptionSettlement) {}

  @EventPattern(PointsSpent)
  spent(@Payload() event: CloudEvent<PointsSpentV1>, @Ctx() { tx }: KafkaEventContext) {
    return this.settlement.spent(tx, event);
  }

  @EventPattern(DebitRejected)
  rejected(@Payload() event: CloudEvent<DebitRejectedV1>, @Ctx() { tx }: KafkaEventContext) {
    return this.settlement.rejected(tx, event);
  }
}
