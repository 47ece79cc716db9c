import {
  BonusAwarded,
  BonusAwardedV1,
  causedBy,
  CloudEvent,
  LeaderboardPeriodClosed,
  LeaderboardPeriodClosedV1,
  Topics,
} from '@citypoints/contracts';
import { Messaging } from '@citypoints/messaging';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountRegistry } from '../accounts/account-registry';
import { Ledger } from '../accounts/ledger';
import { POINTS_ISSUED } from '../accounts/movement';
import { LEDGER_SOURCE, publishLedgerEvent } from '../accounts/publish-ledger-event';

/** Bonus: each place's award of a closed leaderboard period, once per period, place and person. */
@Injectable()
export class LeaderboardPeriodClosedConsumer implements OnModuleInit {
  constructor(
    private readonly messaging: Messaging,
    private readonly ledger: Ledger,
    private readonly registry: AccountRegistry,
  ) {}

  onModuleInit(): void {
    this.messaging.consume({
      groupId: 'ledger-bonuses',
      topics: [Topics.rankings],
      handlers: { [LeaderboardPeriodClosed]: (event, tx) => this.award(event, tx) },
    });
  }

  private async award(cause: CloudEvent, tx: EntityManager): Promise<void> {
    const { scope, period, awards } = cause.data as LeaderboardPeriodClosedV1;
    for (const { place, userId, points } of awards) {
      await this.registry.open(tx, cause.tenantid, userId, 'citizen');
      const balances = await this.ledger.record(
        {
          id: `bonus:${scope}:${period}:${place}:${userId}`,
          tenantId: cause.tenantid,
          kind: 'bonus',
          from: POINTS_ISSUED,
          to: userId,
          amount: points,
          reason: `place ${place} on the ${scope} leaderboard of ${period}`,
          correlationId: cause.correlationid,
          causationId: cause.id,
        },
        tx,
      );
      if (!balances) continue;
      await publishLedgerEvent<BonusAwardedV1>(
        tx,
        BonusAwarded,
        userId,
        { accountId: userId, scope, period, place, points, balance: balances.to },
        causedBy(cause, LEDGER_SOURCE),
      );
    }
  }
}
