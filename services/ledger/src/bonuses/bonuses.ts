import {
  BonusAwarded,
  BonusAwardedV1,
  causedBy,
  CloudEvent,
  LeaderboardPeriodClosedV1,
} from '@citypoints/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountRegistry } from '../core/account-registry';
import { Ledger } from '../core/ledger';
import { ClosedAccountError, StaffAccountError } from '../core/movable-account';
import { POINTS_ISSUED } from '../core/movement';
import { LEDGER_SOURCE, publishLedgerEvent } from '../core/publish-ledger-event';
import { bestAwards } from './best-awards';
import { BonusesStore } from './bonuses.store';

/**
 * Bonus: the awards of a closed leaderboard period, once per scope, period and person, so a
 * period reported again with corrected places pays nobody twice (the first payment stands).
 * Publishes BonusAwarded per payment.
 */
@Injectable()
export class Bonuses {
  private readonly logger = new Logger(Bonuses.name);

  constructor(
    private readonly ledger: Ledger,
    private readonly registry: AccountRegistry,
    private readonly store: BonusesStore,
  ) {}

  async award(tx: EntityManager, cause: CloudEvent): Promise<void> {
    const { scope, period, awards } = cause.data as LeaderboardPeriodClosedV1;
    const tenantId = cause.tenantid;
    for (const { place, userId, points } of bestAwards(awards)) {
      if (!(await this.mayReceive(tx, tenantId, userId))) continue;
      // Bonuses paid before they were keyed by person carry the place in their movement id
      // (`bonus:<scope>:<period>:<place>:<person>`), so the person's history is asked.
      if (await this.store.paidBefore(tx, tenantId, userId, `bonus:${scope}:${period}:`)) continue;
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
}
