import {
  causedBy,
  CloudEvent,
  ParticipationVerifiedV1,
  PointsEarned,
  PointsEarnedV1,
} from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountRegistry } from '../core/account-registry';
import { Ledger } from '../core/ledger';
import { accountKey } from '../core/account-projections.store';
import { assertMovable } from '../core/movable-account';
import { Movement, POINTS_ISSUED } from '../core/movement';
import {
  LEDGER_SOURCE,
  LedgerEventToPublish,
  publishLedgerEvents,
} from '../core/publish-ledger-event';

/**
 * Earn: a verified participation credits its points once, keyed on the participation id, to an
 * open citizen account only, and publishes PointsEarned (with the activity's category, when the
 * participation names one, for the leaderboards of each category). Throws StaffAccountError or
 * ClosedAccountError (the consumer dead-letters the participation with the reason).
 */
@Injectable()
export class Earnings {
  constructor(
    private readonly ledger: Ledger,
    private readonly registry: AccountRegistry,
  ) {}

  /**
   * Earns for a batch of participations, in their order, as if one after the other, in a fixed
   * number of statements however many there are (the Kafka batch of one partition: issue 11).
   * Throws for the first participation refused; the consumer then takes the batch one by one,
   * and dead-letters that one.
   */
  async earnAll(tx: EntityManager, causes: CloudEvent[]): Promise<void> {
    const participations = causes.map((cause) => cause.data as ParticipationVerifiedV1);
    // Verification has checked each person; their UserRegistered may still be on its way.
    const accounts = await this.registry.openAll(
      tx,
      causes.map((cause, i) => ({ tenantId: cause.tenantid, accountId: participations[i].userId })),
      'citizen',
    );
    causes.forEach((cause, i) => {
      const { userId } = participations[i];
      const account = accounts.get(accountKey(cause.tenantid, userId));
      assertMovable(cause.tenantid, userId, 'citizen', account);
    });
    const balances = await this.ledger.recordAll(
      causes.map((cause, i) => movementOf(cause, participations[i])),
      tx,
    );
    await publishLedgerEvents(
      tx,
      causes.flatMap((cause, i) => {
        const after = balances[i];
        return after ? [pointsEarned(cause, participations[i], after.to)] : [];
      }),
    );
  }
}

// The movement of a participation's points, its id the participation's: it credits once.
function movementOf(cause: CloudEvent, participation: ParticipationVerifiedV1): Movement {
  return {
    id: `earn:${participation.participationId}`,
    tenantId: cause.tenantid,
    kind: 'earn',
    from: POINTS_ISSUED,
    to: participation.userId,
    amount: participation.points,
    reason: participation.activityTitle ?? `activity ${participation.activityId}`,
    correlationId: cause.correlationid,
    causationId: cause.id,
  };
}

function pointsEarned(
  cause: CloudEvent,
  participation: ParticipationVerifiedV1,
  balance: number,
): LedgerEventToPublish<PointsEarnedV1> {
  return {
    type: PointsEarned,
    accountId: participation.userId,
    data: {
      accountId: participation.userId,
      participationId: participation.participationId,
      points: participation.points,
      balance,
      ...(participation.activityCategory && { category: participation.activityCategory }),
      participatedAt: participation.scannedAt ?? participation.verifiedAt,
    },
    attributes: causedBy(cause, LEDGER_SOURCE),
  };
}
