import { DataSource } from 'typeorm';

// Each entry's signed amount: credits add to the account, debits take from it.
const ENTRIES = `
  SELECT metadata->>'tenantId' AS tenant_id,
         substr(stream_id, length('account-' || (metadata->>'tenantId') || '-') + 1) AS account_id,
         stream_id, stream_version, data, recorded_at,
         CASE event_type WHEN 'AccountCredited' THEN 1 ELSE -1 END * (data->>'amount')::int AS amount
  FROM event WHERE event_type IN ('AccountCredited', 'AccountDebited')`;

/**
 * Drops the balance and history projections and derives them again from the event store, in
 * one transaction: readers see the old projections until the new ones are complete.
 */
export async function rebuildProjections(db: DataSource): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(`LOCK TABLE account_balance, account_history IN EXCLUSIVE MODE`);
    await tx.query(`DELETE FROM account_history`);
    await tx.query(`DELETE FROM account_balance`);
    await tx.query(`
      INSERT INTO account_history (tenant_id, account_id, version, movement_id, kind, amount,
        counterparty, reason, balance_after, recorded_at)
      SELECT tenant_id, account_id, stream_version, data->>'movementId', data->>'kind', amount,
        data->>'counterparty', data->>'reason',
        sum(amount) OVER (PARTITION BY stream_id ORDER BY stream_version), recorded_at
      FROM (${ENTRIES}) AS entry`);
    await tx.query(`
      INSERT INTO account_balance (tenant_id, account_id, balance, version)
      SELECT DISTINCT ON (tenant_id, account_id) tenant_id, account_id, balance_after, version
      FROM account_history ORDER BY tenant_id, account_id, version DESC`);
    const [{ count }] = await tx.query(`SELECT count(*)::int AS count FROM account_history`);
    return count;
  });
}
