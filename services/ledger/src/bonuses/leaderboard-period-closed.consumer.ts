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
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountRegistry } from '../accounts/account-registry';
import { Ledger } from '../accounts/ledger';
import { ClosedAccountError, StaffAccountError } from '../accounts/movable-account';
import { POINTS_ISSUED } from '../accounts/movement';
import { LEDGER_SOURCE, publishLedgerEvent } from '../accounts/publish-ledger-event';
import { bestAwards } from './best-awards';

/**
 * Bonus: the awards of a closed leaderboard period, once per scope, period and person, so a
 * period reported again with corrected places pays nobody twice (the first payment stands).
 */
@Injectable()
export class LeaderboardPeriodClosedConsumer implements OnModuleInit {
  private readonly logger = new Logger(LeaderboardPeriodClosedConsumer.name);

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
    const tenantId = cause.tenantid;
    for (const { place, userId, points } of bestAwards(awards)) {
      if (!(await this.mayReceive(tx, tenantId, userId))) continue;
      if (await this.paidBefore(tx, tenantId, userId, `bonus:${scope}:${period}:`)) continue;
      const balances = await this.ledger.record(
        {
          id: `bonus:${scope}:${period}:${userId}`,
          tenantId,
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

  // Staff hold no points and an erased person's have been forfeited: their award is left out,
  // and logged, so the period's other awards are still paid.
  private async mayReceive(tx: EntityManager, tenantId: string, userId: string) {
    await this.registry.open(tx, tenantId, userId, 'citizen');
    try {
      await this.registry.assertMovable(tx, tenantId, userId, 'citizen');
      return true;
    } catch (error) {
      if (!(error instanceof StaffAccountError || error instanceof ClosedAccountError)) throw error;
      this.logger.warn(`no bonus paid in ${tenantId}: ${error.message}`);
      return false;
    }
  }

  // Bonuses paid before they were keyed by person carry the place in their movement id
  // (`bonus:<scope>:<period>:<place>:<person>`), so the person's history is asked, not the id.
  private async paidBefore(tx: EntityManager, tenantId: string, userId: string, prefix: string) {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM account_history
       WHERE tenant_id = $1 AND account_id = $2 AND kind = 'bonus' AND starts_with(movement_id, $3)
       LIMIT 1`,
      [tenantId, userId, prefix],
    );
    return rows.length > 0;
  }
}
