import { DomainError } from '@citypoints/contracts';
import { assertCoordinates } from './assert-coordinates';
import { Position } from './coordinates';

/**
 * Asserts that `value` is a Position as a phone reports it: WGS84 latitude and longitude
 * (assertCoordinates) and an `accuracy` in metres that is a finite number of 0 or more (the W3C
 * Geolocation API allows 0). `field` is the path of the position in the request.
 * Throws DomainError('invalid') naming the field path: `invalid-latitude`,
 * `invalid-longitude` or `invalid-accuracy` (also when accuracy is missing: without it a
 * position cannot be judged against a geofence).
 */
export function assertPosition(value: unknown, field = 'position'): asserts value is Position {
  assertCoordinates(value, field);
  const { accuracy } = value as { accuracy?: unknown };
  if (typeof accuracy !== 'number' || !(accuracy >= 0) || accuracy === Infinity) {
    throw new DomainError(
      'invalid',
      'invalid-accuracy',
      `${field}.accuracy must be a number of metres, 0 or more`,
      `${field}.accuracy`,
    );
  }
}
