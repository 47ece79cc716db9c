import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Length, Max, Min, NotEquals } from 'class-validator';

const MAX_POINTS = 1_000_000;
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

  @ApiProperty({ minLength: 3, maxLength: 500 })
  @Length(3, 500, { message: 'reason must be 3 to 500 characters' })
  reason: string;
}

export class HistoryQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number from 1 to 100' })
  @Min(1, { message: 'limit must be a whole number from 1 to 100' })
  @Max(100, { message: 'limit must be a whole number from 1 to 100' })
  limit?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'the next of the previous page',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'before must be a whole number of at least 1' })
  @Min(1, { message: 'before must be a whole number of at least 1' })
  before?: number;
}

export class BalanceDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  balance: number;
}

export class MovementResultDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'the balance after the movement' })
  balance: number;
}
