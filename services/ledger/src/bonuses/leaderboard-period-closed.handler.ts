import {
  CloudEvent,
  LeaderboardPeriodClosed,
  LeaderboardPeriodClosedV1,
} from '@citypoints/contracts';
import { ConsumerGroup, EventBatchPattern, KafkaEventBatchContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { Bonuses } from './bonuses';

/**
 * Kafka edge of bonuses: each LeaderboardPeriodClosed on rankings' topic, once, a partition's
 * batch in one transaction.
 */
@Controller()
@ConsumerGroup('ledger-bonuses')
export class LeaderboardPeriodClosedHandler {
  constructor(private readonly bonuses: Bonuses) {}

  @EventBatchPattern(LeaderboardPeriodClosed)
  async award(
    @Payload() events: CloudEvent<LeaderboardPeriodClosedV1>[],
    @Ctx() { tx }: KafkaEventBatchContext,
  ): Promise<void> {
    for (const event of events) await this.bonuses.award(tx, event);
  }
}
