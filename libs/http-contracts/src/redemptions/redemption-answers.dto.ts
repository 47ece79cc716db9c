import { REDEMPTION_FAILURE_REASONS, RedemptionFailureReason } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const REDEMPTION_STATES = ['pending', 'issued', 'failed', 'cancelled'] as const;

/**
 * Where a redemption is in its saga: pending (stock reserved, the ledger asked for the points)
 * → issued (points taken, voucher issued) or failed (stock released, no points taken, or given
 * back if the ledger took them late); issued → cancelled when the partner cancels the unused
 * voucher (stock released, points refunded).
 */
export type RedemptionState = (typeof REDEMPTION_STATES)[number];

/** A voucher as its owner sees it; times are ISO-8601 UTC. */
export class VoucherDto {
  @ApiProperty({ format: 'uuid' })
  voucherId: string;

  @ApiProperty({ format: 'uuid' })
  redemptionId: string;

  @ApiProperty({ format: 'uuid' })
  offerId: string;

  @ApiProperty({ format: 'uuid' })
  partnerId: string;

  @ApiProperty({
    example: 'K7QX-3M9P-A2CD-8RTW-F',
    description: "the code to show at the partner: Crockford's base 32, its last character a check",
  })
  code: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;

  @ApiProperty({
    enum: ['valid', 'used', 'expired', 'cancelled'],
    description: 'whether it can be used now; cancelled: its partner cancelled it and refunded',
  })
  state: 'valid' | 'used' | 'expired' | 'cancelled';

  @ApiPropertyOptional({ format: 'date-time', description: 'when used at the counter' })
  usedAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'when its partner cancelled it' })
  cancelledAt?: string;
}

/** A voucher with its code drawn as a QR code. */
export class VoucherWithQrDto extends VoucherDto {
  @ApiProperty({ description: 'the code as a QR code, an SVG document' })
  qrSvg: string;
}

/** A redemption just accepted: the ledger is asked for the points. */
export class RedemptionAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  redemptionId: string;

  @ApiProperty({ enum: ['pending'] })
  state: 'pending';
}

/** A redemption as it stands, with its voucher once issued. */
export class RedemptionDto {
  @ApiProperty({ format: 'uuid' })
  redemptionId: string;

  @ApiProperty({ format: 'uuid' })
  offerId: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  points: number;

  @ApiProperty({ enum: REDEMPTION_STATES })
  state: RedemptionState;

  @ApiPropertyOptional({ enum: REDEMPTION_FAILURE_REASONS, description: 'when failed' })
  reason?: RedemptionFailureReason;

  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @ApiPropertyOptional({ type: VoucherWithQrDto, description: 'when issued' })
  voucher?: VoucherWithQrDto;
}

/** A person's vouchers, newest first. */
export class VoucherListDto {
  @ApiProperty({ type: [VoucherWithQrDto] })
  vouchers: VoucherWithQrDto[];
}
