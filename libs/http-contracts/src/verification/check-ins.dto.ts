import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_METHODS,
  ActivityCategory,
  ActivityMethod,
  IsHumanText,
  IsNormalizedUuid,
  IsQueryInteger,
  PARTICIPATION_REJECTIONS,
  ParticipationRejection,
} from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const NUMBER = { allowNaN: false, allowInfinity: false };
// Codes are ASCII without spaces or control characters; surrounding blanks of a paste are trimmed.
const PRINTABLE = /^\s*[\x21-\x7e]+\s*$/;

/** A GPS fix as the phone's Geolocation API reports it: WGS84 degrees, accuracy in metres. */
export class PositionDto {
  @ApiProperty({ minimum: -90, maximum: 90, example: 38.6979 })
  @IsNumber(NUMBER, { message: 'latitude must be a number of degrees from -90 to 90' })
  @Min(-90, { message: 'latitude must be a number of degrees from -90 to 90' })
  @Max(90, { message: 'latitude must be a number of degrees from -90 to 90' })
  latitude: number;

  @ApiProperty({ minimum: -180, maximum: 180, example: -9.4215 })
  @IsNumber(NUMBER, { message: 'longitude must be a number of degrees from -180 to 180' })
  @Min(-180, { message: 'longitude must be a number of degrees from -180 to 180' })
  @Max(180, { message: 'longitude must be a number of degrees from -180 to 180' })
  longitude: number;

  @ApiProperty({ minimum: 0, description: 'metres, the radius of 95 % confidence' })
  @IsNumber(NUMBER, { message: 'accuracy must be a number of metres, 0 or more' })
  @Min(0, { message: 'accuracy must be a number of metres, 0 or more' })
  @Max(100_000, { message: 'accuracy must be at most 100000 metres' })
  accuracy: number;
}

/**
 * A resident's check-in: the text of the scanned code, where the phone was and when it scanned.
 * The person is the caller; the request carries an `Idempotency-Key` header.
 */
export class CheckInDto {
  @ApiProperty({ maxLength: 500, description: "the activity's scanned or typed code" })
  @IsString({ message: 'code must be the text of the scanned code' })
  @Length(1, 500, { message: 'code must be 1 to 500 characters' })
  @Matches(PRINTABLE, { message: 'code must be printable ASCII, as every City Points code is' })
  code: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "with a typed code (the poster's XXXX-XXXX-XXXX-XXXX): the activity it is of",
  })
  @IsOptional()
  @IsNormalizedUuid()
  activityId?: string;

  @ApiPropertyOptional({ type: PositionDto, description: 'required by QR + GPS activities' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PositionDto)
  position?: PositionDto;

  @ApiProperty({ format: 'date-time', description: 'when the phone scanned the code' })
  @IsDefined({ message: 'scannedAt must be the time of the scan, ISO 8601 with a zone' })
  @IsISO8601({ strict: true }, { message: 'scannedAt must be an ISO 8601 date-time' })
  scannedAt: string;
}

/**
 * A steward confirms a person on site: the activity and the person's personal code (the
 * 2-minute QR token from their phone, or their printed card's code).
 */
export class StewardCheckInDto {
  @ApiProperty({ format: 'uuid' })
  @IsNormalizedUuid()
  activityId: string;

  @ApiProperty({ maxLength: 2000, description: "the person's scanned personal QR or card code" })
  @IsString({ message: 'personalCode must be the text of the scanned personal code' })
  @Length(1, 2000, { message: 'personalCode must be 1 to 2000 characters' })
  @Matches(PRINTABLE, {
    message: 'personalCode must be printable ASCII, as every personal code is',
  })
  personalCode: string;
}

/** A tenant admin's decision on a participation waiting in the review queue. */
export class ReviewDecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'], { message: 'decision must be approve or reject' })
  decision: 'approve' | 'reject';

  @ApiProperty({ minLength: 1, maxLength: 500, description: 'kept with the decision, erasable' })
  @IsHumanText({ min: 1, max: 500, multiline: true })
  reason: string;
}

export const PARTICIPATION_STATES = ['verified', 'rejected', 'pending-review'] as const;
export type ParticipationState = (typeof PARTICIPATION_STATES)[number];

/** An activity's title in the tenant's languages, as it was when the claim was judged. */
export class ParticipationTitlesDto {
  @ApiPropertyOptional()
  en?: string;

  @ApiPropertyOptional()
  sv?: string;

  @ApiPropertyOptional()
  pt?: string;
}

/** A claimed participation and how verification judged it. */
export class ParticipationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ format: 'uuid' })
  activityId: string;

  @ApiProperty({ type: ParticipationTitlesDto })
  activityTitles: ParticipationTitlesDto;

  @ApiProperty({ enum: ACTIVITY_CATEGORIES, type: String })
  category: ActivityCategory;

  @ApiProperty({ type: 'integer', description: 'credited only when verified' })
  points: number;

  @ApiProperty({ enum: ACTIVITY_METHODS, type: String })
  method: ActivityMethod;

  @ApiProperty({ enum: PARTICIPATION_STATES, type: String })
  state: ParticipationState;

  @ApiPropertyOptional({ enum: PARTICIPATION_REJECTIONS, type: String })
  reason?: ParticipationRejection;

  @ApiPropertyOptional({ format: 'date-time', description: 'when a limit lets the person again' })
  retryAt?: string;

  @ApiProperty({ format: 'date-time' })
  scannedAt: string;

  @ApiProperty({ format: 'date-time' })
  judgedAt: string;
}

/** A page of participations, newest scan first. */
export class ParticipationListDto {
  @ApiProperty({ type: [ParticipationDto] })
  items: ParticipationDto[];
}

/** One participation waiting for a tenant admin, with the rules that sent it there. */
export class ReviewItemDto extends ParticipationDto {
  @ApiProperty({ type: [String], example: ['accuracy-above-review-limit'] })
  flags: string[];

  @ApiPropertyOptional({ description: 'metres from the place, when the check-in had a position' })
  distanceMetres?: number;

  @ApiPropertyOptional({ description: 'the reported accuracy in metres' })
  accuracy?: number;
}

/** The review queue, oldest first. */
export class ReviewQueueDto {
  @ApiProperty({ type: [ReviewItemDto] })
  items: ReviewItemDto[];
}

/** Paging of a list of participations. */
export class ParticipationQueryDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @IsQueryInteger(1, 100)
  limit?: number;
}
