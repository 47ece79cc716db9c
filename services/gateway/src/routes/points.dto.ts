import { IsHumanText, IsQueryInteger } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min, NotEquals } from 'class-validator';

const MAX_POINTS = 1_000_000;
/** The largest movement version the ledger stores (a Postgres integer). */
export const MAX_VERSION = 2_147_483_647;
const POINTS = `points must be a whole number from 1 to ${MAX_POINTS}`;
const RETRY_SAFE = 'chosen by the caller; a retry with it is recorded once';

export class TransferDto {
  @ApiProperty({ format: 'uuid', description: RETRY_SAFE })
  @IsUUID(undefined, { message: 'transferId must be a UUID' })
  transferId: string;

  @ApiProperty({ format: 'uuid', description: 'the receiving citizen' })
  @IsUUID(undefined, { message: 'to must be a UUID' })
  to: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_POINTS })
  @IsInt({ message: POINTS })
  @Min(1, { message: POINTS })
  @Max(MAX_POINTS, { message: POINTS })
  points: number;
}

export class DonationDto {
  @ApiProperty({ format: 'uuid', description: RETRY_SAFE })
  @IsUUID(undefined, { message: 'donationId must be a UUID' })
  donationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'causeId must be a UUID' })
  causeId: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_POINTS })
  @IsInt({ message: POINTS })
  @Min(1, { message: POINTS })
  @Max(MAX_POINTS, { message: POINTS })
  points: number;
}

export class AdjustmentDto {
  @ApiProperty({ format: 'uuid', description: RETRY_SAFE })
  @IsUUID(undefined, { message: 'adjustmentId must be a UUID' })
  adjustmentId: string;

  @ApiProperty({ type: 'integer', minimum: -MAX_POINTS, maximum: MAX_POINTS, description: 'not 0' })
  @IsInt({ message: `points must be a whole number from -${MAX_POINTS} to ${MAX_POINTS}` })
  @NotEquals(0, { message: 'points must not be 0' })
  @Min(-MAX_POINTS, { message: `points must be at least -${MAX_POINTS}` })
  @Max(MAX_POINTS, { message: `points must be at most ${MAX_POINTS}` })
  points: number;

  @ApiProperty({
    minLength: 3,
    maxLength: 500,
    description: 'for the audit; counted as a reader sees them, erased with the person',
  })
  @IsHumanText({ min: 3, max: 500 })
  reason: string;
}

export class HistoryQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IsQueryInteger(1, 100)
  limit?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_VERSION,
    description: 'the next of the previous page',
  })
  @IsOptional()
  @IsQueryInteger(1, MAX_VERSION)
  before?: number;
}
