import {
  BonusAwarded,
  CloudEvent,
  DebitRejected,
  PointsAdjusted,
  PointsAdjustedV2Type,
  PointsEarned,
  PointsExpired,
  PointsForfeited,
  PointsSpent,
  PointsTransferred,
  PointsTransferredV2Type,
} from '@citypoints/contracts';
import { ConsumerGroup } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { LedgerEventFeed, LIVE_LEDGER_EVENTS } from './ledger-event-feed';

/** The ledger's events that change (or refuse to change) a citizen's balance. */
const BALANCE_EVENTS = [
  PointsEarned,
  PointsSpent,
  DebitRejected,
  BonusAwarded,
  PointsExpired,
  PointsAdjusted,
  PointsAdjustedV2Type,
  PointsForfeited,
  PointsTransferred,
  PointsTransferredV2Type,
];

/**
 * The ledger's events, to the people connected to this replica (LedgerEventFeed). Every
 * replica reads them all, from now on; a malformed one is skipped here, the ledger's shared
 * consumer groups dead-letter it.
 */
@Controller()
@ConsumerGroup(LIVE_LEDGER_EVENTS, { everyReplica: true })
export class LedgerEventsHandler {
  constructor(private readonly feed: LedgerEventFeed) {}

  @EventPattern(BALANCE_EVENTS)
  deliver(@Payload() event: CloudEvent): void {
    this.feed.deliver(event);
  }
}
