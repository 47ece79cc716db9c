import { PointsExpired, PointsExpiredV1 } from '@citypoints/contracts';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { Ledger } from '../accounts/ledger';
import { MAX_AMOUNT, POINTS_EXPIRED } from '../accounts/movement';
import { publishLedgerEvent } from '../accounts/publish-ledger-event';
import { expirablePoints, expiryCutoff } from './expirable-points';

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
    const policies: { tenant_id: string; months: number; time_zone: string }[] =
      await this.db.query(`SELECT tenant_id, months, time_zone FROM expiry_policy`);
    let expired = 0;
    for (const { tenant_id: tenantId, months, time_zone: timeZone } of policies) {
      const cutoff = expiryCutoff(now, months, timeZone);
      for (const accountId of await this.accountsWithPoints(tenantId)) {
        const points = await this.db.transaction((tx) =>
          this.expire(tx, tenantId, accountId, cutoff),
        );
        if (points > 0) expired++;
      }
    }
    return expired;
  }

  private async accountsWithPoints(tenantId: string): Promise<string[]> {
    const rows: { account_id: string }[] = await this.db.query(
      `SELECT account_id FROM account_balance JOIN ledger_account USING (tenant_id, account_id)
       WHERE tenant_id = $1 AND kind = 'citizen' AND balance > 0`,
      [tenantId],
    );
    return rows.map((row) => row.account_id);
  }

  private async expire(
    tx: EntityManager,
    tenantId: string,
    accountId: string,
    cutoff: DateTime<true>,
  ) {
    // Locked first, so no movement of this account commits between the sums and the expiry.
    await tx.query(
      `SELECT 1 FROM account_balance WHERE tenant_id = $1 AND account_id = $2 FOR UPDATE`,
      [tenantId, accountId],
    );
    const [sums]: { credited: string; debited: string }[] = await tx.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE amount > 0 AND recorded_at < $3), 0) AS credited,
              coalesce(-sum(amount) FILTER (WHERE amount < 0), 0) AS debited
       FROM account_history WHERE tenant_id = $1 AND account_id = $2`,
      [tenantId, accountId, cutoff.toJSDate()],
    );
    // A fortune beyond one movement's cap expires over the following days.
    const points = Math.min(
      expirablePoints(Number(sums.credited), Number(sums.debited)),
      MAX_AMOUNT,
    );
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
