import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, Length, ValidateIf } from 'class-validator';
import { VISIBILITIES, Visibility } from './public-name';

/** How the person may appear on public leaderboards and member lists. */
export class ConsentDto {
  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES, { message: `visibility must be one of ${VISIBILITIES.join(', ')}` })
  visibility: Visibility;

  @ApiPropertyOptional({ description: "required with visibility 'nickname', else absent" })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @ValidateIf(
    (consent: ConsentDto) => consent.visibility === 'nickname' || consent.nickname !== undefined,
  )
  @Length(2, 30, { message: 'nickname must be 2 to 30 characters' })
  nickname?: string;
}
