import { ConsumerGroup } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { SCORE_EVENT_TYPES, ScoreEvent, scoreOf } from './score';
import { Scores } from './scores';
import { SCORES_GROUP } from './scores-group';

/**
 * Kafka edge of the leaderboards: the ledger's earns and bonuses raise them, an admin's
 * negative adjustment (a reversal) lowers them. Spending, gifts and expiry are not read, as
 * they never lower a ranking; an adjustment that adds points is read and ignored. A malformed event is dead-lettered
 * with the reason before it gets here; a failure (Redis or Postgres away) is retried by Kafka,
 * the partition waiting, and a redelivery adds nothing twice.
 */
@Controller()
@ConsumerGroup(SCORES_GROUP, { transactional: false })
export class LedgerScoresHandler {
  constructor(private readonly scores: Scores) {}

  @EventPattern([...SCORE_EVENT_TYPES])
  async add(@Payload() event: ScoreEvent): Promise<void> {
    const score = scoreOf(event);
    if (score) await this.scores.add(score);
  }
}
