import { IsHumanText, IsQueryInteger } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, NotEquals } from 'class-validator';
import { IsNormalizedUuid } from './is-normalized-uuid';
import { MAX_AMOUNT } from './movement';

const POINTS = `points must be a whole number from 1 to ${MAX_AMOUNT}`;
const COMMAND_ID =
  'chosen by the caller: a repeat of the command with it is answered as the first time; ' +
  'another command with it is refused (409)';

/** One citizen gives points to another. */
export class TransferDto {
  @ApiProperty({ format: 'uuid', description: COMMAND_ID })
  @IsNormalizedUuid()
  transferId: string;

  @ApiProperty({ format: 'uuid', description: 'the receiving citizen' })
  @IsNormalizedUuid()
  to: string;

  @ApiProperty({ minimum: 1, maximum: MAX_AMOUNT })
  @IsInt({ message: POINTS })
  @Min(1, { message: POINTS })
  @Max(MAX_AMOUNT, { message: POINTS })
  points: number;
}

/** A citizen gives points to a published cause. */
export class DonationDto {
  @ApiProperty({ format: 'uuid', description: COMMAND_ID })
  @IsNormalizedUuid()
  donationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsNormalizedUuid()
  causeId: string;

  @ApiProperty({ minimum: 1, maximum: MAX_AMOUNT })
  @IsInt({ message: POINTS })
  @Min(1, { message: POINTS })
  @Max(MAX_AMOUNT, { message: POINTS })
  points: number;
}

/** A tenant admin's correction, positive or negative, always with a reason for the audit. */
export class AdjustmentDto {
  @ApiProperty({ format: 'uuid', description: COMMAND_ID })
  @IsNormalizedUuid()
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

  /** Kept in an erasable note, shown in the account's history; never in an event. */
  @ApiProperty({ minLength: 3, maxLength: 500 })
  @IsHumanText({ min: 3, max: 500 })
  reason: string;

  /** The tenant admin's pseudonymous id, for the audit trail; not the adjusted account. */
  @ApiProperty({ format: 'uuid' })
  @IsNormalizedUuid()
  adjustedBy: string;
}

export class HistoryQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IsQueryInteger(1, 100)
  limit = 20;

  /** Entries older than this version; the `next` of the previous page. */
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 2147483647,
    description: 'the next of the previous page',
  })
  @IsOptional()
  @IsQueryInteger(1, 2147483647)
  before?: number;
}
