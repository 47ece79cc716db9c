import { IsISO8601, IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/**
 * A partner's counter took a voucher: it is used, once and for good. Neither the code (a bearer
 * secret) nor who used it at the counter is in it; the holder is in the voucher's VoucherIssued.
 * `usedAt` is ISO-8601 UTC.
 */
export class VoucherUsedV1 {
  @IsUUID()
  voucherId: string;

  @IsUUID()
  offerId: string;

  @IsUUID()
  partnerId: string;

  @IsISO8601({ strict: true })
  usedAt: string;
}

export const VoucherUsed = defineEvent({
  type: 'citypoints.rewards.VoucherUsed.v1',
  topic: Topics.rewards,
  payload: VoucherUsedV1,
});
