import {
  IsHumanText,
  IsLocale,
  IsPoints,
  MAX_POINTS,
  IsTenantId,
  Locale,
  LOCALES,
  TENANT_ID,
} from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsTimeZone,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { VerificationSettingsDto } from './verification-settings.dto';

const RANK = 'rank must be a whole number from 1 to 100';
const MONTHS = 'pointsExpiryMonths must be a whole number from 1 to 120, or null';
const MIN_ACTIVE = 'minActiveMembersForAverage must be a whole number from 1 to 1000';

/** Extra points for the best placements of a closed leaderboard period. */
export class LeaderboardBonusDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 })
  @IsInt({ message: RANK })
  @Min(1, { message: RANK })
  @Max(100, { message: RANK })
  rank: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_POINTS })
  @IsPoints()
  points: number;
}

/**
 * The tenant's own rules; each setting is optional, an update replaces the ones it names (and,
 * of `verification`, the fields it names). In an answer `maxActivityPoints` and every field of
 * `verification` are there, the defaults of @citypoints/contracts until the tenant sets them.
 */
export class TenantSettingsDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 120,
    nullable: true,
    description: 'points expire after this many months; null: never',
  })
  @IsOptional()
  @IsInt({ message: MONTHS })
  @Min(1, { message: MONTHS })
  @Max(120, { message: MONTHS })
  pointsExpiryMonths?: number | null;

  @ApiPropertyOptional({ type: [LeaderboardBonusDto] })
  @IsOptional()
  @IsArray({ message: 'leaderboardBonuses must be a list' })
  @ArrayMaxSize(100, { message: 'leaderboardBonuses must have at most 100 places' })
  @ValidateNested({ each: true })
  @Type(() => LeaderboardBonusDto)
  leaderboardBonuses?: LeaderboardBonusDto[];

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_POINTS,
    description: 'the most points one activity may give',
  })
  @ValidateIf((_, value) => value !== undefined)
  @IsPoints()
  maxActivityPoints?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 1000,
    description:
      'the active members (with a participation in the period) a group needs to be on the ' +
      "leaderboards by average; unset: the platform's default (3)",
  })
  @ValidateIf((_, value) => value !== undefined)
  @IsInt({ message: MIN_ACTIVE })
  @Min(1, { message: MIN_ACTIVE })
  @Max(1000, { message: MIN_ACTIVE })
  minActiveMembersForAverage?: number;

  @ApiPropertyOptional({ type: VerificationSettingsDto })
  @ValidateIf((_, value) => value !== undefined)
  @IsObject({ message: 'verification must be an object' })
  @ValidateNested()
  @Type(() => VerificationSettingsDto)
  verification?: VerificationSettingsDto;
}

/** A platform operator adds a city: its slug, name, default locale, IANA time zone, rules. */
export class CreateTenantDto {
  @ApiProperty({ pattern: TENANT_ID.source, example: 'cascais' })
  @IsTenantId()
  slug: string;

  @ApiProperty({ minLength: 1, maxLength: 200, description: 'counted as a reader sees them' })
  @IsHumanText({ min: 1, max: 200 })
  name: string;

  @ApiProperty({ enum: LOCALES })
  @IsLocale()
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

/** A tenant as identity holds it: its name, locale, time zone and the rules it set. */
export class TenantDto {
  @ApiProperty({ pattern: TENANT_ID.source, example: 'cascais' })
  slug: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: LOCALES })
  defaultLocale: Locale;

  @ApiProperty({ example: 'Europe/Lisbon', description: 'IANA time zone' })
  timeZone: string;

  @ApiProperty({ type: TenantSettingsDto })
  settings: TenantSettingsDto;
}
