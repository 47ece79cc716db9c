import {
  BonusAwarded,
  CloudEvent,
  DebitRejected,
  PointsAdjusted,
  PointsAdjustedV2Type,
  PointsEarned,
  PointsExpired,
  PointsForfeited,
  PointsRefunded,
  PointsSpent,
  PointsTransferred,
  PointsTransferredV2Type,
  RedemptionFailed,
  VoucherCancelled,
  VoucherIssued,
} from '@citypoints/contracts';
import { ConsumerGroup } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { LedgerEventFeed, LIVE_LEDGER_EVENTS } from './ledger-event-feed';

/**
 * The ledger's events that change (or refuse to change) a citizen's balance, and rewards'
 * settlement of a citizen's redemption (its voucher issued, or why it failed) and its voucher's
 * cancellation.
 */
const BALANCE_EVENTS = [
  PointsEarned,
  PointsSpent,
  DebitRejected,
  BonusAwarded,
  PointsExpired,
  PointsAdjusted,
  PointsAdjustedV2Type,
  PointsForfeited,
  PointsRefunded,
  PointsTransferred,
  PointsTransferredV2Type,
  // Rewards' outcome of a redemption, for the person waiting for their voucher, and its
  // voucher's cancellation by the partner (the refund is the ledger's PointsRefunded).
  VoucherIssued,
  RedemptionFailed,
  VoucherCancelled,
];

/**
 * The ledger's and rewards' events above, to the people connected to this replica
 * (LedgerEventFeed), from both topics in one consumer group. Every replica reads them all, from
 * now on; a malformed one is skipped here, the ledger's shared
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
