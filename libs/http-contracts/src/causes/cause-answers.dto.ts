import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CauseTextsDto, MAX_CAUSE_TARGET } from './cause-input.dto';

export const CAUSE_STATES = ['draft', 'published', 'archived'] as const;

/** Where a cause is in its life: draft → published → archived, which is final. */
export type CauseState = (typeof CAUSE_STATES)[number];

/**
 * A charitable cause as the rewards service holds it, with what it has received so far from the
 * ledger's donations; times are ISO-8601 UTC.
 */
export class CauseDto {
  @ApiProperty({ example: 'cascais', description: 'the tenant whose cause it is' })
  tenantId: string;

  @ApiProperty({ format: 'uuid' })
  causeId: string;

  @ApiProperty({ enum: CAUSE_STATES })
  state: CauseState;

  @ApiProperty({ type: CauseTextsDto })
  texts: CauseTextsDto;

  @ApiPropertyOptional({ format: 'uri' })
  imageUrl?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_CAUSE_TARGET })
  target?: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'points donated so far, in full' })
  donatedPoints: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 100,
    description: 'whole percent of the target donated, at most 100; absent without a target',
  })
  progressPercent?: number;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'raised by every change' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** A tenant's causes, newest first. */
export class CauseListDto {
  @ApiProperty({ type: [CauseDto] })
  causes: CauseDto[];
}
