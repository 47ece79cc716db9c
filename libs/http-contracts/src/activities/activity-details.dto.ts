import { Schedule } from '@citypoints/activity-rules';
import { ACTIVITY_CATEGORIES, ACTIVITY_METHODS, LOCALES, MAX_POINTS } from '@citypoints/contracts';
import type { ActivityCategory, ActivityMethod, Locale } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ActivityImpactDto, ActivityPlaceDto } from './activity-input.dto';

/**
 * A published activity as a resident reads it: its title and description in one language (the
 * one asked for, else the tenant's default, else any the activity has), and whether it is open
 * now on the tenant's clock.
 */
export class ActivityDetailsDto {
  @ApiProperty({ format: 'uuid' })
  activityId: string;

  @ApiProperty({ enum: LOCALES, description: 'the language of the title' })
  language: Locale;

  @ApiProperty({ example: 'Beach clean-up' })
  title: string;

  @ApiPropertyOptional({ description: 'in the language of the title when it has one' })
  description?: string;

  @ApiProperty({ enum: ACTIVITY_CATEGORIES })
  category: ActivityCategory;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_POINTS })
  points: number;

  @ApiPropertyOptional({ format: 'uri' })
  imageUrl?: string;

  @ApiPropertyOptional({ type: ActivityImpactDto })
  impact?: ActivityImpactDto;

  @ApiPropertyOptional({ type: ActivityPlaceDto })
  place?: ActivityPlaceDto;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "always, a one-off event or weekly hours, in the tenant's time zone",
  })
  schedule: Schedule;

  @ApiProperty({ enum: ACTIVITY_METHODS, isArray: true })
  methods: ActivityMethod[];

  @ApiProperty({
    description:
      "open at the time of the request on the tenant's clock; false while the tenant's time " +
      'zone is not known yet, unless the activity is always open',
  })
  openNow: boolean;
}

/** A published activity near a position: its details and how far away its place is. */
export class NearbyActivityDto extends ActivityDetailsDto {
  @ApiPropertyOptional({
    type: 'number',
    minimum: 0,
    description:
      'geodesic distance (WGS84, Karney) in metres from the position to the centre of the ' +
      'place; absent for an activity without a place',
  })
  distanceMetres?: number;
}

/** Published activities nearest first; those without a place after all that have one. */
export class NearbyActivitiesDto {
  @ApiProperty({ type: [NearbyActivityDto] })
  activities: NearbyActivityDto[];
}
