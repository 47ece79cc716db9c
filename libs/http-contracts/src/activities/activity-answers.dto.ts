import { ActivityLimits, Schedule } from '@citypoints/activity-rules';
import { ACTIVITY_CATEGORIES, ACTIVITY_METHODS, MAX_POINTS } from '@citypoints/contracts';
import type { ActivityCategory, ActivityMethod } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ActivityDescriptionsDto,
  ActivityImpactDto,
  ActivityPlaceDto,
  ActivityTitlesDto,
} from './activity-input.dto';

export const ACTIVITY_STATES = ['draft', 'published', 'archived'] as const;

/** Where an activity is in its life: draft → published → archived, which is final. */
export type ActivityState = (typeof ACTIVITY_STATES)[number];

/** An activity as the activities service holds it; times are ISO-8601 UTC. */
export class ActivityDto {
  @ApiProperty({ example: 'cascais', description: 'the tenant whose activity it is' })
  tenantId: string;

  @ApiProperty({ format: 'uuid' })
  activityId: string;

  @ApiProperty({ enum: ACTIVITY_STATES })
  state: ActivityState;

  @ApiProperty({ type: ActivityTitlesDto })
  titles: ActivityTitlesDto;

  @ApiProperty({ type: ActivityDescriptionsDto })
  descriptions: ActivityDescriptionsDto;

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

  @ApiProperty({ type: 'object', additionalProperties: true })
  schedule: Schedule;

  @ApiProperty({ enum: ACTIVITY_METHODS, isArray: true })
  methods: ActivityMethod[];

  @ApiProperty({ type: 'object', additionalProperties: true })
  limits: ActivityLimits;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'raised by each code rotation; older codes are refused',
  })
  codeGeneration: number;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'raised by every change' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** A tenant's activities, newest first. */
export class ActivityListDto {
  @ApiProperty({ type: [ActivityDto] })
  activities: ActivityDto[];
}

/** An activity's printed code: the QR code's text, and what a person without a camera types. */
export class ActivityCodesDto {
  @ApiProperty({ example: 'CP1.S.cascais.0190a6a8-2f5e-7c3d-8a1b-2c3d4e5f6a7b.1.7K3M…' })
  code: string;

  @ApiProperty({ example: '7K3M-9QXA-2B4C-D5EF', description: "Crockford's base32" })
  typedCode: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  generation: number;
}

/** An event screen's code now, and until when (ISO-8601 UTC) it is the one to show. */
export class RotatingActivityCodeDto {
  @ApiProperty()
  code: string;

  @ApiProperty({ format: 'date-time' })
  shownUntil: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  generation: number;
}
