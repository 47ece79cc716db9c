import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Length, Max, Min, NotEquals } from 'class-validator';
import { MAX_AMOUNT } from './movement';

const POINTS = `points must be a whole number from 1 to ${MAX_AMOUNT}`;

/** The id makes a retried request safe: the same id is recorded once. */
export class TransferDto {
  @IsUUID()
  transferId: string;

  @IsUUID()
  to: string;

  @IsInt({ message: POINTS })
  @Min(1, { message: POINTS })
  @Max(MAX_AMOUNT, { message: POINTS })
  points: number;
}

export class DonationDto {
  @IsUUID()
  donationId: string;

  @IsUUID()
  causeId: string;

  @IsInt({ message: POINTS })
  @Min(1, { message: POINTS })
  @Max(MAX_AMOUNT, { message: POINTS })
  points: number;
}

/** A tenant admin's correction, positive or negative, always with a reason for the audit. */
export class AdjustmentDto {
  @IsUUID()
  adjustmentId: string;

  @IsInt({ message: `points must be a whole number from -${MAX_AMOUNT} to ${MAX_AMOUNT}, not 0` })
  @NotEquals(0, { message: 'points must not be 0' })
  @Min(-MAX_AMOUNT)
  @Max(MAX_AMOUNT)
  points: number;

  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason: string;

  /** The tenant admin's pseudonymous id, for the audit trail. */
  @IsUUID()
  adjustedBy: string;
}

export class HistoryQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  /** Entries older than this version; the `next` of the previous page. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;
}
