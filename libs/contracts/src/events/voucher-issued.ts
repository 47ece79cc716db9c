import { IsISO8601, IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/**
 * The ledger took a redemption's points and rewards issued its voucher: the saga's happy end.
 * The voucher's code is not in it: whoever holds the code can use the voucher at the partner,
 * so it stays in rewards and is shown to its owner only. `expiresAt` is ISO-8601 UTC.
 */
export class VoucherIssuedV1 {
  @IsUUID()
  redemptionId: string;

  @IsUUID()
  voucherId: string;

  @IsUUID()
  offerId: string;

  @IsUUID()
  partnerId: string;

  @IsUUID()
  userId: string;

  @IsISO8601({ strict: true })
  expiresAt: string;
}

export const VoucherIssued = defineEvent({
  type: 'citypoints.rewards.VoucherIssued.v1',
  topic: Topics.rewards,
  payload: VoucherIssuedV1,
});
