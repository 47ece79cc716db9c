/**
 * A voucher as a partner's counter reads it: the voucher (code stored normalized), its offer's
 * title per language as stored, and its use once made (when, and the counter's label if sent)
 * or its cancellation (when, and the partner's reason).
 */
export interface CounterVoucher {
  tenantId: string;
  voucherId: string;
  userId: string;
  offerId: string;
  partnerId: string;
  code: string;
  titles: Record<string, string>;
  issuedAt: Date;
  expiresAt: Date;
  usedAt?: Date;
  counter?: string;
  cancelledAt?: Date;
  cancelReason?: string;
}
