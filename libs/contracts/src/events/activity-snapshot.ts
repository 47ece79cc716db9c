// class-transformer's @Type reads design-time metadata.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmptyObject,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  IsUUID,
  Max,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_METHODS,
  ACTIVITY_TITLE,
  ActivityCategory,
  ActivityMethod,
  IMPACT_UNIT,
  MAX_EVENT_PLACE_RADIUS,
  MAX_IMPACT_QUANTITY,
  SCHEDULE_KINDS,
} from '../fields/activity-fields';
import { IsPoints } from '../fields/is-points';
import { IsHumanText } from '../text/is-human-text';
import { EVENT_POINTS } from './event-points';

/** An activity's title per language of the tenant; at least one. */
export class ActivityTitlesV1 {
  @IsOptional()
  @IsHumanText(ACTIVITY_TITLE)
  en?: string;

  @IsOptional()
  @IsHumanText(ACTIVITY_TITLE)
  sv?: string;

  @IsOptional()
  @IsHumanText(ACTIVITY_TITLE)
  pt?: string;
}

/** What one participation amounts to, for impact figures: `quantity` of `unit` ("kg", 5). */
export class ActivityImpactV1 {
  @IsHumanText(IMPACT_UNIT)
  unit: string;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_IMPACT_QUANTITY)
  quantity: number;
}

/** Where the activity happens: WGS84 degrees and a geofence radius in metres. */
export class ActivityPlaceV1 {
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(MAX_EVENT_PLACE_RADIUS)
  radius: number;
}

// The producer checks the whole schedule (activity-rules' assertSchedule); an event only
// makes sure it is one, so that a consumer can switch on its kind.
const isScheduleShape = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  SCHEDULE_KINDS.some((kind) => kind === (value as { kind?: unknown }).kind);

/**
 * An activity as verification needs it to judge check-ins, whole, so that a consumer replaces
 * what it had; no personal data. `schedule` and `limits` are activity-rules' Schedule and
 * ActivityLimits, checked in full by the producer and here only by shape. `codeGeneration` is
 * the generation of the activity's code secret: codes of an earlier one are refused.
 */
export class ActivitySnapshotV1 {
  @IsUUID()
  activityId: string;

  @IsNotEmptyObject({ nullable: false }, { message: 'titles must have at least one language' })
  @ValidateNested()
  @Type(() => ActivityTitlesV1)
  titles: ActivityTitlesV1;

  @IsIn(ACTIVITY_CATEGORIES)
  category: ActivityCategory;

  @IsPoints('positive', EVENT_POINTS)
  points: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityImpactV1)
  impact?: ActivityImpactV1;

  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityPlaceV1)
  place?: ActivityPlaceV1;

  @ValidateBy({
    name: 'isScheduleShape',
    validator: {
      validate: isScheduleShape,
      defaultMessage: () => `schedule must be an object whose kind is ${SCHEDULE_KINDS.join(', ')}`,
    },
  })
  schedule: { kind: (typeof SCHEDULE_KINDS)[number] } & Record<string, unknown>;

  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ACTIVITY_METHODS.length)
  @ArrayUnique()
  @IsIn(ACTIVITY_METHODS, { each: true })
  methods: ActivityMethod[];

  @IsObject()
  limits: Record<string, unknown>;

  @IsInt()
  @Min(1)
  codeGeneration: number;

  /**
   * The activity's version in the activities service, raised by every change: a consumer keeps
   * the snapshot of the highest version it has seen, so a replayed older event undoes nothing.
   */
  @IsInt()
  @Min(1)
  version: number;
}
