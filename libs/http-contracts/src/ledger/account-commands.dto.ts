import {
  COMMAND_ID,
  IsCommandId,
  IsHumanText,
  IsNormalizedUuid,
  IsPoints,
  MAX_POINTS,
} from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';

const POINTS = { type: 'integer', minimum: 1, maximum: MAX_POINTS } as const;

/** One citizen gives points to another. */
export class TransferDto {
  @ApiProperty({ format: 'uuid', description: COMMAND_ID })
  @IsCommandId()
  transferId: string;

  @ApiProperty({ format: 'uuid', description: 'the receiving citizen' })
  @IsNormalizedUuid()
  to: string;

  @ApiProperty(POINTS)
  @IsPoints()
  points: number;
}

/** A citizen gives points to a published cause. */
export class DonationDto {
  @ApiProperty({ format: 'uuid', description: COMMAND_ID })
  @IsCommandId()
  donationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsNormalizedUuid()
  causeId: string;

  @ApiProperty(POINTS)
  @IsPoints()
  points: number;
}

/** A tenant admin's correction, positive or negative, always with a reason for the audit. */
export class AdjustmentDto {
  @ApiProperty({ format: 'uuid', description: COMMAND_ID })
  @IsCommandId()
  adjustmentId: string;

  @ApiProperty({
    type: 'integer',
    minimum: -MAX_POINTS,
    maximum: MAX_POINTS,
    description: 'not 0; negative takes points away',
  })
  @IsPoints('signed')
  points: number;

  /** Kept in an erasable note, shown in the account's history; never in an event. */
  @ApiProperty({
    minLength: 3,
    maxLength: 500,
    description: 'for the audit; counted as a reader sees them, erased with the person',
  })
  @IsHumanText({ min: 3, max: 500 })
  reason: string;

  /** The tenant admin's pseudonymous id, for the audit trail; not the adjusted account. */
  @ApiProperty({ format: 'uuid', description: 'the adjusting tenant admin' })
  @IsNormalizedUuid()
  adjustedBy: string;
}
