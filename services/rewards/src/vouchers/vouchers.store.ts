import { EntityManager } from 'typeorm';
import { Voucher } from './voucher';

const COLUMNS = `tenant_id, voucher_id, redemption_id, user_id, offer_id, partner_id, code,
  issued_at, expires_at`;
const READ = `${COLUMNS}, used_at, cancelled_at`;

/** Stores a new voucher; its code and its redemption are unique. */
export async function insertVoucher(tx: EntityManager, v: Voucher): Promise<void> {
  await tx.query(`INSERT INTO voucher (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
    v.tenantId,
    v.voucherId,
    v.redemptionId,
    v.userId,
    v.offerId,
    v.partnerId,
    v.code,
    v.issuedAt,
    v.expiresAt,
  ]);
}

/** The voucher a redemption of the tenant issued, if any. */
export async function voucherOfRedemption(
  db: EntityManager,
  tenantId: string,
  redemptionId: string,
): Promise<Voucher | undefined> {
  const rows = await db.query(
    `SELECT ${READ} FROM voucher WHERE tenant_id = $1 AND redemption_id = $2`,
    [tenantId, redemptionId],
  );
  return rows.length > 0 ? voucherOf(rows[0]) : undefined;
}

/** The person's vouchers in the tenant, newest first. */
export async function vouchersOf(
  db: EntityManager,
  tenantId: string,
  userId: string,
): Promise<Voucher[]> {
  const rows = await db.query(
    `SELECT ${READ} FROM voucher WHERE tenant_id = $1 AND user_id = $2
     ORDER BY issued_at DESC, voucher_id DESC`,
    [tenantId, userId],
  );
  return rows.map(voucherOf);
}

interface VoucherRow {
  tenant_id: string;
  voucher_id: string;
  redemption_id: string;
  user_id: string;
  offer_id: string;
  partner_id: string;
  code: string;
  issued_at: Date;
  expires_at: Date;
  used_at: Date | null;
  cancelled_at: Date | null;
}

function voucherOf(row: VoucherRow): Voucher {
  return {
    tenantId: row.tenant_id,
    voucherId: row.voucher_id,
    redemptionId: row.redemption_id,
    userId: row.user_id,
    offerId: row.offer_id,
    partnerId: row.partner_id,
    code: row.code,
    issuedAt: row.issued_at,
    expiresAt: row.expires_at,
    ...(row.used_at && { usedAt: row.used_at }),
    ...(row.cancelled_at && { cancelledAt: row.cancelled_at }),
  };
}
