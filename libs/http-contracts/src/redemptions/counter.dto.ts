import { IsHumanText } from '@citypoints/contracts';
import type { HumanTextLimits } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

// A code as typed: 17 characters, dashes or spaces between groups, room for a few more.
const CODE_MAX = 64;
/** A counter's label as a partner's device sends it ("till 2"). */
const COUNTER_LABEL: HumanTextLimits = { min: 1, max: 60 };
const CODE_EXAMPLE = 'K7QX-3M9P-A2CD-8RTW-F';
const CODE_DESCRIPTION =
  "the voucher's code as typed (any case, dashes and spaces aside) or as its QR code holds it";

/** GET …/vouchers/lookup?code=: a voucher's code, typed or scanned. */
export class VoucherLookupQueryDto {
  @ApiProperty({ example: CODE_EXAMPLE, description: CODE_DESCRIPTION, maxLength: CODE_MAX })
  @IsString()
  @MaxLength(CODE_MAX)
  code: string;
}

/** POST …/vouchers/use: the voucher's code and, optionally, the counter that takes it. */
export class VoucherUseInputDto extends VoucherLookupQueryDto {
  @ApiPropertyOptional({ example: 'till 2', minLength: 1, maxLength: COUNTER_LABEL.max })
  @IsOptional()
  @IsHumanText(COUNTER_LABEL)
  counter?: string;
}

/** Why a partner cancels a voucher, as staff type it ("customer changed their mind"). */
const CANCEL_REASON: HumanTextLimits = { min: 3, max: 500 };

/**
 * POST …/vouchers/cancellation: the unused voucher's code and why it is cancelled. The reason
 * stays in rewards (it may name a person); the ledger learns only that the points come back.
 */
export class CancelVoucherDto extends VoucherLookupQueryDto {
  @ApiProperty({
    example: 'the customer asked for a refund before using it',
    minLength: CANCEL_REASON.min,
    maxLength: CANCEL_REASON.max,
  })
  @IsHumanText(CANCEL_REASON)
  reason: string;
}

export const COUNTER_VOUCHER_STATES = ['valid', 'used', 'expired', 'cancelled'] as const;

/**
 * Whether a voucher can be used at the counter now: valid, used already, expired, or cancelled
 * by its partner (its points refunded).
 */
export type CounterVoucherState = (typeof COUNTER_VOUCHER_STATES)[number];

/** The offer a voucher is of, as a counter shows it: its title per language, as stored. */
export class CounterOfferDto {
  @ApiProperty({ format: 'uuid' })
  offerId: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { en: 'Bus day pass', pt: 'Passe diário' },
  })
  title: Record<string, string>;
}

/**
 * A voucher as a partner's counter sees it: its offer, its holder's pseudonymous user id (no
 * personal data), and whether it can be used. Times are ISO-8601 UTC.
 */
export class CounterVoucherDto {
  @ApiProperty({ format: 'uuid' })
  voucherId: string;

  @ApiProperty({ example: CODE_EXAMPLE })
  code: string;

  @ApiProperty({ type: CounterOfferDto })
  offer: CounterOfferDto;

  @ApiProperty({ format: 'uuid', description: "the holder's pseudonymous user id" })
  holder: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({ enum: COUNTER_VOUCHER_STATES })
  state: CounterVoucherState;

  @ApiPropertyOptional({ format: 'date-time', description: 'when used' })
  usedAt?: string;

  @ApiPropertyOptional({ example: 'till 2', description: 'when used, if the counter said' })
  usedAtCounter?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'when cancelled' })
  cancelledAt?: string;

  @ApiPropertyOptional({ description: "when cancelled, the partner's reason" })
  cancelReason?: string;
}
