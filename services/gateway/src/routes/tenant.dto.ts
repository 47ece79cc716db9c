import { LOCALES, TENANT_ID } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export class CreateTenantDto {
  @ApiProperty({ pattern: TENANT_ID.source, example: 'cascais' })
  @IsString({ message: 'slug must be a string' })
  @Matches(TENANT_ID, { message: 'slug must be 1-63 characters of a-z, 0-9 and -' })
  slug: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString({ message: 'name must be a string' })
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES, { message: `defaultLocale must be one of ${LOCALES.join(', ')}` })
  defaultLocale: (typeof LOCALES)[number];

  @ApiProperty({ example: 'Europe/Lisbon', description: 'IANA time zone' })
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/Lisbon' })
  timeZone: string;
}

const RANK = 'rank must be a whole number from 1 to 100';
const BONUS = 'points must be a whole number from 1 to 1000000';
const MONTHS = 'pointsExpiryMonths must be a whole number from 1 to 120, or null';

export class LeaderboardBonusDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 })
  @IsInt({ message: RANK })
  @Min(1, { message: RANK })
  @Max(100, { message: RANK })
  rank: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 1_000_000 })
  @IsInt({ message: BONUS })
  @Min(1, { message: BONUS })
  @Max(1_000_000, { message: BONUS })
  points: number;
}

/** Each setting is optional; an update replaces the ones it names. */
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
}
