import {
  BonusAwarded,
  PointsAdjusted,
  PointsAdjustedV2Type,
  PointsEarned,
} from '@citypoints/contracts';
import { ConsumerGroup, EventBatchPattern } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { Score, ScoreEvent, scoreOf } from './score';
import { Scores } from './scores';
import { SCORES_GROUP } from './scores-group';

/**
 * Kafka edge of the leaderboards: the ledger's earns and bonuses raise them, an admin's
 * negative adjustment (a reversal) lowers them, a partition's batch at a time (Scores.addBatch:
 * one look-up of settings and memberships, one Redis pipeline). Spending, gifts and expiry are
 * not read, as they never lower a ranking; an adjustment that adds points is read and ignored.
 * A malformed event is dead-lettered with the reason before it gets here; a failure (Redis or
 * Postgres away) is retried, the partition waiting, and a redelivery adds nothing twice.
 */
@Controller()
@ConsumerGroup(SCORES_GROUP)
export class LedgerScoresHandler {
  constructor(private readonly scores: Scores) {}

  @EventBatchPattern(PointsEarned)
  earned(@Payload() events: ScoreEvent[]): Promise<void> {
    return this.add(events);
  }

  @EventBatchPattern(BonusAwarded)
  bonus(@Payload() events: ScoreEvent[]): Promise<void> {
    return this.add(events);
  }

  @EventBatchPattern(PointsAdjusted)
  adjustedV1(@Payload() events: ScoreEvent[]): Promise<void> {
    return this.add(events);
  }

  @EventBatchPattern(PointsAdjustedV2Type)
  adjusted(@Payload() events: ScoreEvent[]): Promise<void> {
    return this.add(events);
  }

  private add(events: ScoreEvent[]): Promise<void> {
    const scores = events.map((event) => scoreOf(event)).filter((s): s is Score => !!s);
    return this.scores.addBatch(scores);
  }
}
