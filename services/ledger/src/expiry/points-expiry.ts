import { MAX_POINTS, PointsExpired, PointsExpiredV1 } from '@citypoints/contracts';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { AccountProjections } from '../core/account-projections.store';
import { Ledger } from '../core/ledger';
import { POINTS_EXPIRED } from '../core/movement';
import { publishLedgerEvent } from '../core/publish-ledger-event';
import { expirablePoints, expiryCutoff } from './expirable-points';
import { ExpiryStore } from './expiry.store';

const HOUR = 60 * 60 * 1000;

/**
 * Applies each tenant's expiry policy to its citizens' accounts, by the tenant's local
 * calendar. A run is safe to repeat and to run on every replica at once: each account is
 * handled under its row lock, and the movement id names the local cutoff day, so a day's
 * expiry is recorded once.
 */
@Injectable()
export class PointsExpiry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PointsExpiry.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: DataSource,
    private readonly ledger: Ledger,
    private readonly store: ExpiryStore,
    private readonly projections: AccountProjections,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.run().catch((error) => this.logger.error(`Points expiry failed: ${error.message}`));
    }, HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Returns how many accounts had points expire. */
  async run(now = new Date()): Promise<number> {
    let expired = 0;
    for (const { tenantId, months, timeZone } of await this.store.policies()) {
      const cutoff = expiryCutoff(now, months, timeZone);
      for (const accountId of await this.store.accountsWithPoints(tenantId)) {
        const points = await this.db.transaction((tx) =>
          this.expire(tx, tenantId, accountId, cutoff),
        );
        if (points > 0) expired++;
      }
    }
    return expired;
  }

  private async expire(
    tx: EntityManager,
    tenantId: string,
    accountId: string,
    cutoff: DateTime<true>,
  ) {
    // Locked first, so no movement of this account commits between the sums and the expiry.
    await this.projections.lockOne(tx, tenantId, accountId);
    const { credited, debited } = await this.store.creditsAndDebits(
      tx,
      tenantId,
      accountId,
      cutoff.toJSDate(),
    );
    // A fortune beyond one movement's cap expires over the following days.
    const points = Math.min(expirablePoints(credited, debited), MAX_POINTS);
    if (points === 0) return 0;
    // The tenant's local date and offset: the day its people see the points go.
    const creditedBefore = cutoff.toISO();
    const localDate = cutoff.toISODate();
    const id = `expire:${accountId}:${localDate}`;
    const balances = await this.ledger.record(
      {
        id,
        tenantId,
        kind: 'expire',
        from: accountId,
        to: POINTS_EXPIRED,
        amount: points,
        reason: `points credited before ${localDate} expired`,
        correlationId: id,
      },
      tx,
    );
    if (!balances) return 0;
    await publishLedgerEvent<PointsExpiredV1>(
      tx,
      PointsExpired,
      accountId,
      { accountId, points, creditedBefore, balance: balances.from },
      { tenantid: tenantId },
    );
    return points;
  }
}
