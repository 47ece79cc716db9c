import { Role } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { accountKey, AccountRef, distinctAccounts } from './account-projections.store';
import {
  AccountKind,
  accountKindOf,
  assertMovable,
  MovableKind,
  RegisteredAccount,
} from './movable-account';

/** A cause's account id; citizens' accounts are their pseudonymous user ids. */
export function causeAccount(causeId: string): string {
  return `cause:${causeId}`;
}

/**
 * The accounts a tenant has: people from identity, causes from rewards. Points may only be
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

  /**
   * Opens a registered person's account by their role. The role is identity's word: a staff
   * member whose first participation opened a citizen account before the registration arrived
   * becomes staff.
   */
  async register(tx: EntityManager, tenantId: string, userId: string, role: Role) {
    await tx.query(
      `INSERT INTO ledger_account (tenant_id, account_id, kind) VALUES ($1, $2, $3)
       ON CONFLICT (tenant_id, account_id) DO UPDATE SET kind = excluded.kind
       WHERE ledger_account.kind = 'citizen' AND excluded.kind = 'staff'`,
      [tenantId, userId, accountKindOf(role)],
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

  /**
   * open() and find() for the accounts of many movements at once (`accounts` as
   * `{ tenantId, accountId }`), in two statements: opens each as a `kind` account if it is new,
   * and answers every one's kind and state by accountKey, locked FOR SHARE as find() locks.
   */
  async openAll(
    tx: EntityManager,
    accounts: AccountRef[],
    kind: AccountKind,
  ): Promise<Map<string, RegisteredAccount>> {
    const unique = distinctAccounts(accounts);
    const columns = [unique.map((a) => a.tenantId), unique.map((a) => a.accountId)];
    await tx.query(
      `INSERT INTO ledger_account (tenant_id, account_id, kind)
       SELECT tenant_id, account_id, $3 FROM unnest($1::text[], $2::text[])
         AS a (tenant_id, account_id)
       ORDER BY tenant_id, account_id ON CONFLICT DO NOTHING`,
      [...columns, kind],
    );
    const rows: {
      tenant_id: string;
      account_id: string;
      kind: AccountKind;
      closed_at: Date | null;
    }[] = await tx.query(
      `SELECT tenant_id, account_id, kind, closed_at FROM ledger_account
       WHERE (tenant_id, account_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
       ORDER BY tenant_id, account_id FOR SHARE`,
      columns,
    );
    return new Map(
      rows.map((row) => [
        accountKey(row.tenant_id, row.account_id),
        { kind: row.kind, closedAt: row.closed_at },
      ]),
    );
  }

  /** The account's kind and state, undefined when the tenant has no such account. */
  async find(
    tx: EntityManager,
    tenantId: string,
    accountId: string,
  ): Promise<RegisteredAccount | undefined> {
    // FOR SHARE: an account cannot close while a movement into it commits.
    const [account]: { kind: AccountKind; closed_at: Date | null }[] = await tx.query(
      `SELECT kind, closed_at FROM ledger_account WHERE tenant_id = $1 AND account_id = $2
       FOR SHARE`,
      [tenantId, accountId],
    );
    return account && { kind: account.kind, closedAt: account.closed_at };
  }

  /**
   * Throws as assertMovable does unless the account takes movements as a `kind` account,
   * naming `field`, the request field that named it, when there is one.
   */
  async assertMovable(
    tx: EntityManager,
    tenantId: string,
    accountId: string,
    kind: MovableKind,
    field?: string,
  ) {
    assertMovable(tenantId, accountId, kind, await this.find(tx, tenantId, accountId), field);
  }
}
