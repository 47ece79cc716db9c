import {
  CloudEvent,
  RedemptionFailed,
  RedemptionRequested,
  RedemptionRequestedV1,
  VoucherCancelled,
} from '@citypoints/contracts';
import { ConsumerGroup, EventBatchPattern, KafkaEventBatchContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Redemptions } from './redemptions';

/**
 * Kafka edge of the redemption saga: each RedemptionRequested, VoucherCancelled and
 * RedemptionFailed on rewards' topic, once, a partition's batch in one transaction, in order
 * (rewards keys them all by person), so each debit sees the balance the one before left and a
 * refund comes after its debit.
 */
@Controller()
@ConsumerGroup('ledger-redemptions')
export class RedemptionRequestedHandler {
  constructor(private readonly redemptions: Redemptions) {}

  @EventBatchPattern(RedemptionRequested)
  async spend(
    @Payload() events: CloudEvent<RedemptionRequestedV1>[],
    @Ctx() { tx }: KafkaEventBatchContext,
  ): Promise<void> {
    for (const event of events) await this.redemptions.spend(tx, event);
  }

  @EventBatchPattern(VoucherCancelled)
  async refundCancelled(
    @Payload() events: CloudEvent[],
    @Ctx() { tx }: KafkaEventBatchContext,
  ): Promise<void> {
    for (const event of events) await this.redemptions.refund(tx, event);
  }

  @EventBatchPattern(RedemptionFailed)
  async refundFailed(
    @Payload() events: CloudEvent[],
    @Ctx() { tx }: KafkaEventBatchContext,
  ): Promise<void> {
    for (const event of events) await this.redemptions.refund(tx, event);
  }
}
