import { IsPoints, MAX_POINTS, VERIFICATION_LIMITS } from '@citypoints/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy, ValidateIf } from 'class-validator';

type Bounded = keyof typeof VERIFICATION_LIMITS;

/**
 * A whole-number verification setting within VERIFICATION_LIMITS, optional in a request and
 * refused as `verification.<name> must be a whole number from <min> to <max>` otherwise; null
 * is a value only where `nullable` (it means "no such review").
 */
function VerificationNumber(name: Bounded, description: string, nullable = false) {
  const { min, max } = VERIFICATION_LIMITS[name];
  const message = `verification.${name} must be a whole number from ${min} to ${max}${nullable ? ', or null' : ''}`;
  const decorators = [
    ApiPropertyOptional({ type: 'integer', minimum: min, maximum: max, nullable, description }),
    nullable ? IsOptional() : ValidateIf((_, value) => value !== undefined),
    ValidateBy(
      {
        name: 'verificationNumber',
        validator: {
          validate: (value) => Number.isSafeInteger(value) && value >= min && value <= max,
        },
      },
      { message },
    ),
  ];
  return (target: object, key: string) => decorators.forEach((decorate) => decorate(target, key));
}

/**
 * How strictly the tenant's check-ins are judged (VerificationSettingsV1, issue 12). In an
 * update each field is optional and replaces only itself; in an answer all are there.
 */
export class VerificationSettingsDto {
  @VerificationNumber('maxAccuracyMetres', 'a GPS fix less accurate than this (metres) is refused')
  maxAccuracyMetres?: number;

  @VerificationNumber(
    'lateCheckInHours',
    'a check-in sent later than this after its scan is refused',
  )
  lateCheckInHours?: number;

  @VerificationNumber(
    'maxTravelKmh',
    'faster than this (km/h) between check-ins is impossible travel',
  )
  maxTravelKmh?: number;

  @VerificationNumber(
    'reviewAccuracyMetres',
    'a check-in less accurate than this (metres) waits for review; null: none does',
    true,
  )
  reviewAccuracyMetres?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_POINTS,
    nullable: true,
    description: 'a check-in of an activity worth at least this many points waits for review',
  })
  @IsOptional()
  @IsPoints('positive', {
    message: `verification.reviewPointsAtLeast must be a whole number from 1 to ${MAX_POINTS}, or null`,
  })
  reviewPointsAtLeast?: number | null;
}
