/**
 * A voucher issued to a person for a redemption: its code (stored normalized, as
 * normalizeVoucherCode answers it), when it was issued and when it expires.
 */
export interface Voucher {
  tenantId: string;
  voucherId: string;
  redemptionId: string;
  userId: string;
  offerId: string;
  partnerId: string;
  code: string;
  issuedAt: Date;
  expiresAt: Date;
  /** Set once used at its partner's counter. */
  usedAt?: Date;
  /** Set once its partner cancelled it (its points refunded). */
  cancelledAt?: Date;
}
