import { ExpiryPolicyDto } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A tenant's expiry policy as stored: months, counted in days of its IANA time zone. */
export interface TenantPolicy {
  tenantId: string;
  months: number;
  timeZone: string;
}

/** Points an account was credited before a cutoff, and every point it was ever debited. */
export interface CreditsAndDebits {
  credited: number;
  debited: number;
}

/** The SQL of expiry: the tenants' policies (`expiry_policy`) and what accounts hold. */
@Injectable()
export class ExpiryStore {
  constructor(private readonly db: DataSource) {}

  async policies(): Promise<TenantPolicy[]> {
    return this.db.query(
      `SELECT tenant_id AS "tenantId", months, time_zone AS "timeZone" FROM expiry_policy`,
    );
  }

  /** The tenant's policy; undefined when its points do not expire. */
  async policy(tenantId: string): Promise<ExpiryPolicyDto | undefined> {
    const [policy] = await this.db.query(
      `SELECT months, time_zone AS "timeZone" FROM expiry_policy WHERE tenant_id = $1`,
      [tenantId],
    );
    return policy;
  }

  async setPolicy(tx: EntityManager, { tenantId, months, timeZone }: TenantPolicy) {
    await tx.query(
      `INSERT INTO expiry_policy (tenant_id, months, time_zone) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id) DO UPDATE SET months = $2, time_zone = $3, set_at = now()`,
      [tenantId, months, timeZone],
    );
  }

  async dropPolicy(tx: EntityManager, tenantId: string) {
    await tx.query(`DELETE FROM expiry_policy WHERE tenant_id = $1`, [tenantId]);
  }

  /** The tenant's citizens' accounts that hold points. */
  async accountsWithPoints(tenantId: string): Promise<string[]> {
    const rows: { account_id: string }[] = await this.db.query(
      `SELECT account_id FROM account_balance JOIN ledger_account USING (tenant_id, account_id)
       WHERE tenant_id = $1 AND kind = 'citizen' AND balance > 0`,
      [tenantId],
    );
    return rows.map((row) => row.account_id);
  }

  /** From the account's history: credited before `cutoff`, and debited at any time. */
  async creditsAndDebits(
    tx: EntityManager,
    tenantId: string,
    accountId: string,
    cutoff: Date,
  ): Promise<CreditsAndDebits> {
    const [sums]: { credited: string; debited: string }[] = await tx.query(
      `SELECT coalesce(sum(amount) FILTER (WHERE amount > 0 AND recorded_at < $3), 0) AS credited,
              coalesce(-sum(amount) FILTER (WHERE amount < 0), 0) AS debited
       FROM account_history WHERE tenant_id = $1 AND account_id = $2`,
      [tenantId, accountId, cutoff],
    );
    return { credited: Number(sums.credited), debited: Number(sums.debited) };
  }
}
