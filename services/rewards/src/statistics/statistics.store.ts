import { EntityManager } from 'typeorm';
import { WeekCountRow } from './partner-statistics';

/**
 * The partner's offers, newest first, with their titles per language as stored.
 */
export async function offersOfPartner(
  db: EntityManager,
  tenantId: string,
  partnerId: string,
): Promise<{ offerId: string; title: Record<string, string> }[]> {
  const rows: { offer_id: string; texts: Record<string, { title: string }> }[] = await db.query(
    `SELECT offer_id, texts FROM offer WHERE tenant_id = $1 AND partner_id = $2
     ORDER BY created_at DESC, offer_id DESC`,
    [tenantId, partnerId],
  );
  return rows.map((row) => ({
    offerId: row.offer_id,
    title: Object.fromEntries(Object.entries(row.texts).map(([lang, t]) => [lang, t.title])),
  }));
}

/**
 * The partner's vouchers counted per offer and ISO week (UTC) of what happened to them from
 * `from` to `to` (days, UTC, both included): issued (issued_at), used (used_at), cancelled
 * (cancelled_at), and expired (expires_at, for vouchers neither used nor cancelled, once that
 * instant is before `now`). A voucher issued and used in the span counts in both columns.
 */
export async function weekCounts(
  db: EntityManager,
  tenantId: string,
  partnerId: string,
  span: { from: string; to: string },
  now: Date,
): Promise<WeekCountRow[]> {
  const rows: Record<string, string>[] = await db.query(
    `WITH happened AS (
       SELECT offer_id, 'issued' AS kind, issued_at AS at FROM voucher
         WHERE tenant_id = $1 AND partner_id = $2
       UNION ALL
       SELECT offer_id, 'used', used_at FROM voucher
         WHERE tenant_id = $1 AND partner_id = $2 AND used_at IS NOT NULL
       UNION ALL
       SELECT offer_id, 'cancelled', cancelled_at FROM voucher
         WHERE tenant_id = $1 AND partner_id = $2 AND cancelled_at IS NOT NULL
       UNION ALL
       SELECT offer_id, 'expired', expires_at FROM voucher
         WHERE tenant_id = $1 AND partner_id = $2 AND used_at IS NULL AND cancelled_at IS NULL
           AND expires_at <= $5)
     SELECT offer_id, to_char(at AT TIME ZONE 'UTC', 'IYYY-"W"IW') AS week,
            count(*) FILTER (WHERE kind = 'issued') AS issued,
            count(*) FILTER (WHERE kind = 'used') AS used,
            count(*) FILTER (WHERE kind = 'expired') AS expired,
            count(*) FILTER (WHERE kind = 'cancelled') AS cancelled
     FROM happened
     WHERE at >= $3::date AT TIME ZONE 'UTC' AND at < ($4::date + 1) AT TIME ZONE 'UTC'
     GROUP BY offer_id, week`,
    [tenantId, partnerId, span.from, span.to, now],
  );
  return rows.map((row) => ({
    offerId: row.offer_id,
    week: row.week,
    issued: Number(row.issued),
    used: Number(row.used),
    expired: Number(row.expired),
    cancelled: Number(row.cancelled),
  }));
}
