import { IsQueryInteger } from '@citypoints/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

/** The largest version an account's history has (a Postgres integer). */
const MAX_VERSION = 2_147_483_647;

/** A page of an account's history, newest first; 20 entries unless `limit` says otherwise. */
export class HistoryQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @IsQueryInteger(1, 100)
  limit?: number;

  /** Entries older than this version; the `next` of the previous page. */
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
