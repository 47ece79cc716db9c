import {
  CloudEvent,
  LeaderboardPeriodClosed,
  LeaderboardPeriodClosedV1,
} from '@citypoints/contracts';
import { ConsumerGroup, KafkaEventContext } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Bonuses } from './bonuses';

/** Kafka edge of bonuses: each LeaderboardPeriodClosed on rankings' topic, once. */
@Controller()
@ConsumerGroup('ledger-bonuses')
export class LeaderboardPeriodClosedHandler {
  constructor(private readonly bonuses: Bonuses) {}

  @EventPattern(LeaderboardPeriodClosed)
  award(
    @Payload() event: CloudEvent<LeaderboardPeriodClosedV1>,
    @Ctx() { tx }: KafkaEventContext,
  ): Promise<void> {
    return this.bonuses.award(tx, event);
  }
}
