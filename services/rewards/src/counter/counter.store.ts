import { EntityManager } from 'typeorm';
import { CounterVoucher } from './counter-voucher';

/** Whose vouchers a query may touch: one partner's, or null for every partner's. */
type PartnerFilter = string | null;

const FROM = `FROM voucher v JOIN offer o ON o.tenant_id = v.tenant_id AND o.offer_id = v.offer_id
  WHERE v.tenant_id = $1 AND v.code = $2 AND ($3::uuid IS NULL OR v.partner_id = $3::uuid)`;

/** The tenant's voucher of normalized `code`, of `partnerId`'s offers unless null, if any. */
export async function findCounterVoucher(
  db: EntityManager,
  tenantId: string,
  code: string,
  partnerId: PartnerFilter,
): Promise<CounterVoucher | undefined> {
  const rows: CounterVoucherRow[] = await db.query(
    `SELECT v.tenant_id, v.voucher_id, v.user_id, v.offer_id, v.partner_id, v.code, v.issued_at,
       v.expires_at, v.used_at, v.counter, v.cancelled_at, v.cancel_reason, o.texts ${FROM}`,
    [tenantId, code, partnerId],
  );
  return rows.length > 0 ? counterVoucherOf(rows[0]) : undefined;
}

/**
 * Marks the voucher of `code` used at `usedAt` if it is unused and unexpired then, in one
 * conditional UPDATE: of two counters at the same moment, the second waits for the first's row
 * lock, reads the row again and finds it used (READ COMMITTED), so exactly one takes it.
 * Answers whether this call took it.
 */
export async function markVoucherUsed(
  tx: EntityManager,
  tenantId: string,
  code: string,
  partnerId: PartnerFilter,
  use: { usedAt: Date; usedBy?: string; counter?: string },
): Promise<boolean> {
  // TypeORM answers an UPDATE … RETURNING as [rows, count].
  const [taken]: [unknown[], number] = await tx.query(
    `UPDATE voucher SET used_at = $4, used_by = $5, counter = $6
     WHERE tenant_id = $1 AND code = $2 AND ($3::uuid IS NULL OR partner_id = $3::uuid)
       AND used_at IS NULL AND cancelled_at IS NULL AND expires_at > $4
     RETURNING voucher_id`,
    [tenantId, code, partnerId, use.usedAt, use.usedBy ?? null, use.counter ?? null],
  );
  return taken.length > 0;
}

/** What a cancellation needs to refund: the voucher's redemption, its holder and price. */
export interface CancelledVoucher {
  redemptionId: string;
  points: number;
}

/**
 * Cancels the voucher of `code` at `cancelledAt` if it is unused, not cancelled and unexpired
 * then, in one conditional UPDATE (as markVoucherUsed: of a use and a cancellation at the same
 * moment exactly one takes it), and marks its redemption `cancelled`, which puts its unit back
 * on sale. Answers the redemption and its points, or undefined when nothing was taken.
 */
export async function markVoucherCancelled(
  tx: EntityManager,
  tenantId: string,
  code: string,
  partnerId: PartnerFilter,
  cancel: { cancelledAt: Date; cancelledBy?: string; reason: string },
): Promise<CancelledVoucher | undefined> {
  const [taken]: [{ redemption_id: string }[], number] = await tx.query(
    `UPDATE voucher SET cancelled_at = $4, cancelled_by = $5, cancel_reason = $6
     WHERE tenant_id = $1 AND code = $2 AND ($3::uuid IS NULL OR partner_id = $3::uuid)
       AND used_at IS NULL AND cancelled_at IS NULL AND expires_at > $4
     RETURNING redemption_id`,
    [tenantId, code, partnerId, cancel.cancelledAt, cancel.cancelledBy ?? null, cancel.reason],
  );
  if (taken.length === 0) return undefined;
  const [[redemption]]: [{ points: number }[], number] = await tx.query(
    `UPDATE redemption SET state = 'cancelled'
     WHERE tenant_id = $1 AND redemption_id = $2 AND state = 'issued' RETURNING points`,
    [tenantId, taken[0].redemption_id],
  );
  if (!redemption) throw new Error(`voucher of ${taken[0].redemption_id} had no issued redemption`);
  return { redemptionId: taken[0].redemption_id, points: redemption.points };
}

interface CounterVoucherRow {
  tenant_id: string;
  voucher_id: string;
  user_id: string;
  offer_id: string;
  partner_id: string;
  code: string;
  issued_at: Date;
  expires_at: Date;
  used_at: Date | null;
  counter: string | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  texts: Record<string, { title: string }>;
}

function counterVoucherOf(row: CounterVoucherRow): CounterVoucher {
  return {
    tenantId: row.tenant_id,
    voucherId: row.voucher_id,
    userId: row.user_id,
    offerId: row.offer_id,
    partnerId: row.partner_id,
    code: row.code,
    titles: Object.fromEntries(Object.entries(row.texts).map(([lang, t]) => [lang, t.title])),
    issuedAt: row.issued_at,
    expiresAt: row.expires_at,
    ...(row.used_at && { usedAt: row.used_at }),
    ...(row.counter !== null && { counter: row.counter }),
    ...(row.cancelled_at && { cancelledAt: row.cancelled_at }),
    ...(row.cancel_reason !== null && { cancelReason: row.cancel_reason }),
  };
}
