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
import { POINTS_ISSUED } from '../core/movement';
import { LEDGER_SOURCE, publishLedgerEvent } from '../core/publish-ledger-event';

/**
 * Earn: a verified participation credits its points once, keyed on the participation id, to an
 * open citizen account only, and publishes PointsEarned. Throws StaffAccountError or
 * ClosedAccountError (the consumer dead-letters the participation with the reason).
 */
@Injectable()
export class Earnings {
  constructor(
    private readonly ledger: Ledger,
    private readonly registry: AccountRegistry,
  ) {}

  async earn(tx: EntityManager, cause: CloudEvent): Promise<void> {
    const participation = cause.data as ParticipationVerifiedV1;
    // Verification has checked the person; their UserRegistered may still be on its way.
    await this.registry.open(tx, cause.tenantid, participation.userId, 'citizen');
    await this.registry.assertMovable(tx, cause.tenantid, participation.userId, 'citizen');
    const balances = await this.ledger.record(
      {
        id: `earn:${participation.participationId}`,
        tenantId: cause.tenantid,
        kind: 'earn',
        from: POINTS_ISSUED,
        to: participation.userId,
        amount: participation.points,
        reason: participation.activityTitle ?? `activity ${participation.activityId}`,
        correlationId: cause.correlationid,
        causationId: cause.id,
      },
      tx,
    );
    if (!balances) return;
    await publishLedgerEvent<PointsEarnedV1>(
      tx,
      PointsEarned,
      participation.userId,
      {
        accountId: participation.userId,
        participationId: participation.participationId,
        points: participation.points,
        balance: balances.to,
      },
      causedBy(cause, LEDGER_SOURCE),
    );
  }
}
