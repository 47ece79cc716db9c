import { readAllEvents } from '@citypoints/event-store';
import { DataSource } from 'typeorm';
import { accountStream } from './movement';

interface Entry {
  amount: number;
}

/**
 * Drops the balance projection and folds it again from every event in the store, in one
 * transaction: readers see the old balances until the new ones are complete.
 */
export async function rebuildBalances(db: DataSource, batchSize = 10_000): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(`LOCK TABLE account_balance IN EXCLUSIVE MODE`);
    await tx.query(`DELETE FROM account_balance`);
    const balances = new Map<
      string,
      { tenantId: string; accountId: string; balance: number; version: number }
    >();
    let position = 0n;
    let count = 0;
    for (;;) {
      const events = await readAllEvents(tx, position, batchSize);
      if (events.length === 0) break;
      for (const event of events) {
        const { tenantId } = event.metadata;
        const accountId = event.streamId.slice(accountStream(tenantId, '').length);
        const account = balances.get(event.streamId) ?? {
          tenantId,
          accountId,
          balance: 0,
          version: 0,
        };
        const { amount } = event.data as Entry;
        account.balance += event.type === 'AccountCredited' ? amount : -amount;
        account.version = event.streamVersion;
        balances.set(event.streamId, account);
      }
      count += events.length;
      position = events[events.length - 1].globalPosition;
    }
    const rows = [...balances.values()];
    await tx.query(
      `INSERT INTO account_balance (tenant_id, account_id, balance, version)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[])`,
      [
        rows.map((row) => row.tenantId),
        rows.map((row) => row.accountId),
        rows.map((row) => row.balance),
        rows.map((row) => row.version),
      ],
    );
    return count;
  });
}
