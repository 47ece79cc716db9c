import { IsOptionalHttpsUrl } from '../is-optional-https-url';
import { ActivityLimits, MAX_PLACE_RADIUS, Schedule } from '@citypoints/activity-rules';
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_DESCRIPTION,
  ACTIVITY_METHODS,
  ACTIVITY_TITLE,
  ActivityCategory,
  ActivityMethod,
  IMPACT_UNIT,
  IsHumanText,
  IsPoints,
  MAX_IMPACT_QUANTITY,
  MAX_POINTS,
} from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { limitsFieldProblems } from './limits-fields';
import { SatisfiesRule } from './satisfies-rule';
import { scheduleFieldProblems } from './schedule-fields';

const TITLE = { minLength: ACTIVITY_TITLE.min, maxLength: ACTIVITY_TITLE.max };
const DESCRIPTION = { minLength: ACTIVITY_DESCRIPTION.min, maxLength: ACTIVITY_DESCRIPTION.max };
const NUMBER = { allowNaN: false, allowInfinity: false };
const QUANTITY = `quantity must be a number above 0 and at most ${MAX_IMPACT_QUANTITY}`;
const RADIUS = `radius must be a number of metres above 0 and at most ${MAX_PLACE_RADIUS}`;

/**
 * An activity's title per language of the tenant. The one in the tenant's default language is
 * required, which the activities service checks (it hears the language from identity's
 * TenantSettingsChanged; English while it has not).
 */
export class ActivityTitlesDto {
  @ApiPropertyOptional(TITLE)
  @IsOptional()
  @IsHumanText(ACTIVITY_TITLE)
  en?: string;

  @ApiPropertyOptional(TITLE)
  @IsOptional()
  @IsHumanText(ACTIVITY_TITLE)
  sv?: string;

  @ApiPropertyOptional(TITLE)
  @IsOptional()
  @IsHumanText(ACTIVITY_TITLE)
  pt?: string;
}

/** An activity's description per language, each optional; line breaks allowed. */
export class ActivityDescriptionsDto {
  @ApiPropertyOptional(DESCRIPTION)
  @IsOptional()
  @IsHumanText(ACTIVITY_DESCRIPTION)
  en?: string;

  @ApiPropertyOptional(DESCRIPTION)
  @IsOptional()
  @IsHumanText(ACTIVITY_DESCRIPTION)
  sv?: string;

  @ApiPropertyOptional(DESCRIPTION)
  @IsOptional()
  @IsHumanText(ACTIVITY_DESCRIPTION)
  pt?: string;
}

/** What one participation amounts to for impact figures: `quantity` of `unit` ("kg", 5). */
export class ActivityImpactDto {
  @ApiProperty({ minLength: IMPACT_UNIT.min, maxLength: IMPACT_UNIT.max, example: 'kg recycled' })
  @IsHumanText(IMPACT_UNIT)
  unit: string;

  @ApiProperty({ exclusiveMinimum: true, minimum: 0, maximum: MAX_IMPACT_QUANTITY })
  @IsNumber(NUMBER, { message: QUANTITY })
  @IsPositive({ message: QUANTITY })
  @Max(MAX_IMPACT_QUANTITY, { message: QUANTITY })
  quantity: number;
}

/** Where the activity happens: WGS84 degrees and its geofence radius in metres. */
export class ActivityPlaceDto {
  @ApiProperty({ minimum: -90, maximum: 90 })
  @IsNumber(NUMBER, { message: 'latitude must be a number of degrees from -90 to 90' })
  @Min(-90, { message: 'latitude must be a number of degrees from -90 to 90' })
  @Max(90, { message: 'latitude must be a number of degrees from -90 to 90' })
  latitude: number;

  @ApiProperty({ minimum: -180, maximum: 180 })
  @IsNumber(NUMBER, { message: 'longitude must be a number of degrees from -180 to 180' })
  @Min(-180, { message: 'longitude must be a number of degrees from -180 to 180' })
  @Max(180, { message: 'longitude must be a number of degrees from -180 to 180' })
  longitude: number;

  @ApiProperty({ exclusiveMinimum: true, minimum: 0, maximum: MAX_PLACE_RADIUS })
  @IsNumber(NUMBER, { message: RADIUS })
  @IsPositive({ message: RADIUS })
  @Max(MAX_PLACE_RADIUS, { message: RADIUS })
  radius: number;
}

/**
 * An activity as a tenant admin writes it, to create it or to replace all its fields. The
 * schedule and limits are judged by `@citypoints/activity-rules` (scheduleProblems,
 * limitsProblems), their undeclared fields refused as the DTO's are; limits default to none.
 */
export class ActivityInputDto {
  @ApiProperty({ type: ActivityTitlesDto })
  @IsObject({ message: "titles must be an object with a title in the tenant's language" })
  @ValidateNested()
  @Type(() => ActivityTitlesDto)
  titles: ActivityTitlesDto;

  @ApiPropertyOptional({ type: ActivityDescriptionsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityDescriptionsDto)
  descriptions?: ActivityDescriptionsDto;

  @ApiProperty({ enum: ACTIVITY_CATEGORIES })
  @IsIn(ACTIVITY_CATEGORIES, {
    message: `category must be one of ${ACTIVITY_CATEGORIES.join(', ')}`,
  })
  category: ActivityCategory;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_POINTS })
  @IsPoints()
  points: number;

  @IsOptionalHttpsUrl('imageUrl')
  imageUrl?: string;

  @ApiPropertyOptional({ type: ActivityImpactDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityImpactDto)
  impact?: ActivityImpactDto;

  @ApiPropertyOptional({ type: ActivityPlaceDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityPlaceDto)
  place?: ActivityPlaceDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "always, a one-off event or weekly hours, in the tenant's time zone",
    example: { kind: 'event', start: '2027-05-01T09:00', end: '2027-05-01T12:00' },
  })
  @SatisfiesRule(scheduleFieldProblems)
  schedule: Schedule;

  @ApiProperty({ enum: ACTIVITY_METHODS, isArray: true })
  @IsArray({ message: 'methods must be a list' })
  @ArrayNotEmpty({ message: 'methods must name at least one method' })
  @ArrayMaxSize(ACTIVITY_METHODS.length, { message: 'methods must not repeat a method' })
  @ArrayUnique({ message: 'methods must not repeat a method' })
  @IsIn(ACTIVITY_METHODS, {
    each: true,
    message: `methods must each be one of ${ACTIVITY_METHODS.join(', ')}`,
  })
  methods: ActivityMethod[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { perPeriod: { count: 1, period: 'day' }, cooldownMinutes: 60 },
  })
  @IsOptional()
  @SatisfiesRule(limitsFieldProblems)
  limits?: ActivityLimits;
}

/** A replacement of an activity's fields, optionally only if it is still at `version`. */
export class ActivityReplacementDto extends ActivityInputDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description: 'the version the admin edited; 409 if the activity changed since',
  })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number from 1' })
  @Min(1, { message: 'version must be a whole number from 1' })
  version?: number;
}
