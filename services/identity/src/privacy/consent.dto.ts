import { IsHumanText } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { VISIBILITIES, Visibility } from './public-name';

/** How the person may appear on public leaderboards and member lists. */
export class ConsentDto {
  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES, { message: `visibility must be one of ${VISIBILITIES.join(', ')}` })
  visibility: Visibility;

  @ApiPropertyOptional({
    minLength: 2,
    maxLength: 30,
    description: "required with visibility 'nickname', else absent",
  })
  @ValidateIf(
    (consent: ConsentDto) => consent.visibility === 'nickname' || consent.nickname !== undefined,
  )
  @IsHumanText({ min: 2, max: 30 })
  nickname?: string;
}
