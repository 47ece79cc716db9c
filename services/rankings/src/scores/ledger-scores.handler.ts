import {
  BonusAwarded,
  BonusAwardedV1,
  CloudEvent,
  PointsEarned,
  PointsEarnedV1,
} from '@citypoints/contracts';
import { ConsumerGroup } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { scoreOf } from './score';
import { Scores } from './scores';
import { SCORES_GROUP } from './scores-group';

/**
 * Kafka edge of the leaderboards: the ledger's earns and bonuses raise them. Spending, gifts
 * and expiry are not read, as they never lower a ranking. A malformed event is dead-lettered
 * with the reason before it gets here; a failure (Redis or Postgres away) is retried by Kafka,
 * the partition waiting, and a redelivery adds nothing twice.
 */
@Controller()
@ConsumerGroup(SCORES_GROUP, { transactional: false })
export class LedgerScoresHandler {
  constructor(private readonly scores: Scores) {}

  @EventPattern([PointsEarned, BonusAwarded])
  add(@Payload() event: CloudEvent<PointsEarnedV1 | BonusAwardedV1>): Promise<void> {
    return this.scores.add(scoreOf(event));
  }
}
