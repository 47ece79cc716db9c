import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Length, Max, Min, NotEquals } from 'class-validator';
import { MAX_AMOUNT } from './movement';

const POINTS = `points must be a whole number from 1 to ${MAX_AMOUNT}`;

/** The id makes a retried request safe: the same id is recorded once. */
export class TransferDto {
  @ApiProperty({
    format: 'uuid',
    description: 'chosen by the caller; a retry with it is recorded once',
  })
  @IsUUID()
  transferId: string;

  @ApiProperty({ format: 'uuid', description: 'the receiving citizen' })
  @IsUUID()
  to: string;

  @ApiProperty({ minimum: 1, maximum: MAX_AMOUNT })
  @IsInt({ message: POINTS })
  @Min(1, { message: POINTS })
  @Max(MAX_AMOUNT, { message: POINTS })
  points: number;
}

export class DonationDto {
  @ApiProperty({
    format: 'uuid',
    description: 'chosen by the caller; a retry with it is recorded once',
  })
  @IsUUID()
  donationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  causeId: string;

  @ApiProperty({ minimum: 1, maximum: MAX_AMOUNT })
  @IsInt({ message: POINTS })
  @Min(1, { message: POINTS })
  @Max(MAX_AMOUNT, { message: POINTS })
  points: number;
}

/** A tenant admin's correction, positive or negative, always with a reason for the audit. */
export class AdjustmentDto {
  @ApiProperty({
    format: 'uuid',
    description: 'chosen by the caller; a retry with it is recorded once',
  })
  @IsUUID()
  adjustmentId: string;

  @ApiProperty({
    minimum: -MAX_AMOUNT,
    maximum: MAX_AMOUNT,
    description: 'not 0; negative takes points away',
  })
  @IsInt({ message: `points must be a whole number from -${MAX_AMOUNT} to ${MAX_AMOUNT}, not 0` })
  @NotEquals(0, { message: 'points must not be 0' })
  @Min(-MAX_AMOUNT)
  @Max(MAX_AMOUNT)
  points: number;

  @ApiProperty({ minLength: 3, maxLength: 500 })
  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason: string;

  /** The tenant admin's pseudonymous id, for the audit trail. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  adjustedBy: string;
}

export class HistoryQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  /** Entries older than this version; the `next` of the previous page. */
  @ApiPropertyOptional({ minimum: 1, description: 'the next of the previous page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;
}
