import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type AccountKind = 'citizen' | 'cause';

/** A cause's account id; citizens' accounts are their pseudonymous user ids. */
export function causeAccount(causeId: string): string {
  return `cause:${causeId}`;
}

export class UnknownAccountError extends Error {}
export class ClosedAccountError extends Error {}

/**
 * The accounts a tenant has: citizens from identity, causes from rewards. Points may only be
 * given to an open account of the right kind; a closed one (an erased person, an archived
 * cause) keeps what it holds.
 */
@Injectable()
export class AccountRegistry {
  /** Opens the account if it is new; a closed account stays closed. */
  async open(tx: EntityManager, tenantId: string, accountId: string, kind: AccountKind) {
    await tx.query(
      `INSERT INTO ledger_account (tenant_id, account_id, kind) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [tenantId, accountId, kind],
    );
  }

  async close(tx: EntityManager, tenantId: string, accountId: string, kind: AccountKind) {
    await this.open(tx, tenantId, accountId, kind);
    await tx.query(
      `UPDATE ledger_account SET closed_at = coalesce(closed_at, now())
       WHERE tenant_id = $1 AND account_id = $2`,
      [tenantId, accountId],
    );
  }

  /** Throws UnknownAccountError or ClosedAccountError unless the account takes movements. */
  async assertOpen(tx: EntityManager, tenantId: string, accountId: string, kind: AccountKind) {
    // FOR SHARE: an account cannot close while a movement into it commits.
    const [account]: { closed_at: Date | null }[] = await tx.query(
      `SELECT closed_at FROM ledger_account WHERE tenant_id = $1 AND account_id = $2 AND kind = $3
       FOR SHARE`,
      [tenantId, accountId, kind],
    );
    if (!account) throw new UnknownAccountError(`${tenantId} has no ${kind} account ${accountId}`);
    if (account.closed_at)
      throw new ClosedAccountError(`the ${kind} account ${accountId} is closed`);
  }
}
