import { IsHumanText, Locale, LOCALES, TENANT_ID } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsTimeZone,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

/** Extra points for the best placements of a closed leaderboard period. */
export class LeaderboardBonusDto {
  @ApiProperty({ minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  rank: number;

  @ApiProperty({ minimum: 1, maximum: 1_000_000 })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  points: number;
}

/** The tenant's own rules; each setting is optional, an update replaces the ones it names. */
export class TenantSettingsDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 120,
    nullable: true,
    description: 'points expire after this many months; null: never',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  pointsExpiryMonths?: number | null;

  @ApiPropertyOptional({ type: [LeaderboardBonusDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => LeaderboardBonusDto)
  leaderboardBonuses?: LeaderboardBonusDto[];
}

export class CreateTenantDto {
  @ApiProperty({ pattern: TENANT_ID.source, example: 'cascais' })
  @Matches(TENANT_ID, { message: 'slug must be 1-63 characters of a-z, 0-9 and -' })
  slug: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsHumanText({ min: 1, max: 200 })
  name: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES, { message: `defaultLocale must be one of ${LOCALES.join(', ')}` })
  defaultLocale: Locale;

  @ApiProperty({ example: 'Europe/Lisbon', description: 'IANA time zone' })
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Lisbon' })
  timeZone: string;

  @ApiPropertyOptional({ type: TenantSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TenantSettingsDto)
  settings?: TenantSettingsDto;
}
