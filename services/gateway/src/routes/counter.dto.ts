import {
  CancelVoucherDto as RewardsCancelVoucherDto,
  VoucherLookupQueryDto as RewardsVoucherLookupQueryDto,
  VoucherUseInputDto as RewardsVoucherUseInputDto,
} from '@citypoints/http-contracts';
import { Matches } from 'class-validator';

/**
 * What a voucher code is written with, typed or scanned: Crockford's base 32 is letters and
 * digits, grouped by dashes or spaces (rewards' normalizeVoucherCode reads I and L as 1, O as 0,
 * and judges the check character). Anything else (a NUL, a bidi override, an invisible letter)
 * is refused here, before rewards.
 */
const VOUCHER_CODE = /^[0-9A-Za-z -]+$/;
const codeShape = () =>
  Matches(VOUCHER_CODE, {
    message: 'code must be the letters and digits of a voucher code, grouped by dashes or spaces',
  });

/** Rewards' look-up query, its code held to the characters a code is written with. */
export class VoucherLookupQueryDto extends RewardsVoucherLookupQueryDto {}

/** Rewards' use of a voucher, its code held to the characters a code is written with. */
export class VoucherUseInputDto extends RewardsVoucherUseInputDto {}

/** Rewards' cancellation of a voucher, its code held to the characters a code is written with. */
export class CancelVoucherDto extends RewardsCancelVoucherDto {}

// Added to the inherited `code` rather than redeclaring it, which would define the field anew.
for (const dto of [VoucherLookupQueryDto, VoucherUseInputDto, CancelVoucherDto]) {
  codeShape()(dto.prototype, 'code');
}
