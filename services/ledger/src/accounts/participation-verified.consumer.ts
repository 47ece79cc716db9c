import {
  causedBy,
  CloudEvent,
  ParticipationVerified,
  ParticipationVerifiedV1,
  PointsEarned,
  PointsEarnedV1,
  Topics,
} from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountRegistry } from './account-registry';
import { Ledger } from './ledger';
import { POINTS_ISSUED } from './movement';
import { LEDGER_SOURCE, publishLedgerEvent } from './publish-ledger-event';

/**
 * Earn: a verified participation credits its points once, keyed on the participation id, to an
 * open citizen account only.
 */
@Injectable()
export class ParticipationVerifiedConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly ledger: Ledger,
    private readonly registry: AccountRegistry,
  ) {}

  onModuleInit(): void {
    this.messaging.consume({
      groupId: 'ledger',
      topics: [Topics.verification],
      handlers: { [ParticipationVerified]: (event, tx) => this.earn(event, tx) },
    });
  }

  private async earn(cause: CloudEvent, tx: EntityManager): Promise<void> {
    const participation = cause.data as ParticipationVerifiedV1;
    // Verification has checked the person; their UserRegistered may still be on its way.
    await this.registry.open(tx, cause.tenantid, participation.userId, 'citizen');
    // A staff member's or an erased person's participation is dead-lettered with the reason.
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
